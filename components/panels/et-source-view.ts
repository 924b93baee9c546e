import { usableMentions } from './usable-mentions.ts';
import { isolatedTitle } from '../core/title.ts';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Source, TimelineEvent } from '../../src/model.ts';
import { emit } from './contract.ts';
import { formatIso } from './format-date.ts';
import { segment, type Range } from './highlight.ts';
import { safeHref } from './safe-url.ts';
import { panelBase, panelCard } from './styles.ts';

/** Time expressions of `source` found in the events' mentions, one range per distinct span. */
export function timexRanges(source: Source, events: readonly TimelineEvent[]): Range<TimelineEvent[]>[] {
  const text = source.text ?? '';
  const bySpan = new Map<string, Range<TimelineEvent[]>>();
  for (const ev of events) {
    for (const m of usableMentions(ev?.mentions)) {
      if (m.source !== source.id || !m.dateText || m.dateEnd <= m.dateStart) continue;
      if (text.slice(m.dateStart, m.dateEnd) !== m.dateText) continue;
      const key = `${m.dateStart}:${m.dateEnd}`;
      const range = bySpan.get(key);
      if (!range) bySpan.set(key, { start: m.dateStart, end: m.dateEnd, data: [ev] });
      else if (!range.data.includes(ev)) range.data.push(ev);
    }
  }
  return [...bySpan.values()];
}

/**
 * A source's whole text with every time expression highlighted; each one is a button that
 * takes the timeline to its event.
 *
 * @property source - the source shown (nothing is rendered when null or without text)
 * @property events - the timeline's events (their mentions give the highlights)
 * @property activeId - the selected event: its expressions are emphasised and scrolled to
 * @fires et-goto - a time expression was activated
 * @fires et-close-source - the close button, or Escape inside the panel
 * @csspart panel - the outer section
 */
export class EtSourceView extends LitElement {
  static override properties = {
    source: { attribute: false },
    events: { attribute: false },
    activeId: { attribute: false },
  };

  declare source: Source | null;
  declare events: TimelineEvent[];
  declare activeId: string | null;

  constructor() {
    super();
    this.source = null;
    this.events = [];
    this.activeId = null;
  }

  static override styles = [
    panelBase,
    panelCard,
    css`
      h2 {
        font-size: 1.1em;
        margin: 0.2rem 0;
        flex: 1;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0 0 0.6rem;
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        max-height: var(--et-source-max-height, 60vh);
        overflow: auto;
        margin: 0;
        line-height: 1.6;
      }
      button.timex {
        background: var(--_highlight);
        border: none;
        border-bottom: 2px solid transparent;
        border-radius: 2px;
        padding: 0 0.1em;
        min-height: 0;
        font: inherit;
        line-height: inherit;
        cursor: pointer;
      }
      button.timex:hover {
        border-bottom-color: var(--_accent);
      }
      button.timex.active {
        background: var(--_accent);
        color: var(--_accent-fg);
      }
    `,
  ];

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('activeId') || changed.has('source')) {
      const active = this.renderRoot.querySelector<HTMLElement>('button.timex.active');
      active?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      emit(this, 'et-close-source', {});
    }
  }

  override render(): TemplateResult | typeof nothing {
    const s = this.source;
    if (!s) return nothing;
    const text = s.text ?? '';
    const href = safeHref(s.url);
    const title = s.headline || s.file || s.id;
    const ranges = timexRanges(s, this.events);
    const meta = [s.publisher, s.author, s.datePublished ? formatIso(s.datePublished, 'day') : ''].filter(Boolean).join(' · ');
    return html`<section part="panel" aria-labelledby="title" @keydown=${this.onKeydown}>
      <header>
        <h2 id="title">${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>` : title}</h2>
        <button type="button" class="close" aria-label="Close the source text" title="Close" @click=${() => emit(this, 'et-close-source', {})}>
          ✕
        </button>
      </header>
      <p class="meta muted">${meta}${meta ? ' · ' : ''}${ranges.length} time expression${ranges.length === 1 ? '' : 's'}</p>
      ${text
        ? html`<div class="text" tabindex="0" role="region" aria-label="Text of the source">${segment(text, ranges).map((p) =>
            p.range ? this.renderTimex(p.text, p.range.data) : p.text,
          )}</div>`
        : html`<p class="muted">This source's text is not included in the timeline.</p>`}
    </section>`;
  }

  private renderTimex(text: string, events: TimelineEvent[]): TemplateResult {
    const first = events[0];
    const active = events.some((e) => e.id === this.activeId);
    const label = events.map((e) => isolatedTitle(e.title)).join('; ');
    return html`<button
      type="button"
      class="timex ${active ? 'active' : ''}"
      aria-pressed=${active ? 'true' : 'false'}
      title=${`Go to: ${label}`}
      @click=${() => first && emit(this, 'et-goto', { id: first.id })}
    >${text}</button>`;
  }
}

if (!customElements.get('et-source-view')) customElements.define('et-source-view', EtSourceView);

declare global {
  interface HTMLElementTagNameMap {
    'et-source-view': EtSourceView;
  }
}
