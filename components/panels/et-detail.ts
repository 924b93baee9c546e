import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Mention, Source, TimelineEvent } from '../../src/model.ts';
import { emit, type SourceColors } from './contract.ts';
import { cssVar } from './css-var.ts';
import { describeDate, describeIso, formatIso } from './format-date.ts';
import { dateRangeInMention, segment } from './highlight.ts';
import { safeHref } from './safe-url.ts';
import { usableMentions } from './usable-mentions.ts';
import { shownTitle } from '../core/title.ts';
import { panelBase, panelCard } from './styles.ts';

/** Mentions and sources listed at once; an event reported thousands of times lists these and a button for the rest. */
const MAX_LISTED = 50;

/**
 * The selected event: its title, the date as written and as understood, every sentence that
 * reports it (time expression highlighted), and the sources behind it.
 *
 * @property event - the event shown (nothing is rendered when null)
 * @property sources - all sources of the timeline (looked up by the mentions' source ids)
 * @property colors - colour per source id
 * @fires et-close - the close button (or Escape inside the panel)
 * @fires et-hide - "Hide this event"
 * @fires et-view-source - "Read the source" on a mention
 * @csspart panel - the outer section
 */
export class EtDetail extends LitElement {
  static override properties = {
    event: { attribute: false },
    sources: { attribute: false },
    colors: { attribute: false },
    _all: { state: true },
  };

  /** The reader asked for every mention and source of this event (past MAX_LISTED of them). */
  declare _all: TimelineEvent | null;

  declare event: TimelineEvent | null;
  declare sources: Source[];
  declare colors: SourceColors;

  constructor() {
    super();
    this.event = null;
    this.sources = [];
    this.colors = {};
    this._all = null;
  }

  /** Moves focus to the close button (the host calls it after opening the panel). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button.close')?.focus();
  }

  static override styles = [
    panelBase,
    panelCard,
    css`
      section {
        max-width: 100%;
        overflow-wrap: anywhere;
      }
      h2 {
        font-size: 1.15em;
        margin: 0.2rem 0 0.4rem;
        flex: 1;
      }
      h3 {
        font-size: 0.85em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_muted);
        margin: 1rem 0 0.35rem;
      }
      .close {
        flex: none;
        min-width: 2.2em;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        margin: 0 0 0.5rem;
        padding: 0;
        list-style: none;
      }
      .badges li {
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0 0.6em;
        font-size: 0.9em;
      }
      .badges .conflict {
        border-color: var(--_warning);
        color: var(--_warning);
        font-weight: 600;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 0.75rem;
        margin: 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      ul.mentions,
      ul.sources {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.6rem;
      }
      blockquote {
        margin: 0 0 0.2rem;
        padding-left: 0.6rem;
        border-left: 3px solid var(--swatch, var(--_border));
      }
      .swatch {
        display: inline-block;
        width: 0.7em;
        height: 0.7em;
        border-radius: 50%;
        background: var(--swatch, var(--_muted));
        margin-right: 0.35em;
        vertical-align: baseline;
      }
      .link-button {
        border: none;
        background: none;
        padding: 0;
        min-height: 0;
        color: var(--_accent);
        text-decoration: underline;
      }
      footer {
        margin-top: 1rem;
        display: flex;
        justify-content: flex-end;
      }
    `,
  ];

  private sourceById(id: string): Source | undefined {
    return this.sources.find((s) => s.id === id);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      emit(this, 'et-close', {});
    }
  }

  override render(): TemplateResult | typeof nothing {
    const ev = this.event;
    if (!ev) return nothing;
    const mentions = usableMentions(ev.mentions);
    const written = [...new Set(mentions.map((m) => m.dateText).filter((t) => t.trim() !== ''))];
    const sourceIds = [...new Set(mentions.map((m) => m.source))];
    return html`<section part="panel" aria-labelledby="title" @keydown=${this.onKeydown}>
      <header>
        <h2 id="title"><bdi>${shownTitle(ev.title)}</bdi></h2>
        <button class="close" type="button" aria-label="Close the detail" title="Close" @click=${() => emit(this, 'et-close', {})}>
          ✕
        </button>
      </header>
      <ul class="badges" aria-label="About this event">
        <li>${sourceIds.length === 1 ? 'Reported by 1 source' : `Reported by ${sourceIds.length.toLocaleString('en')} sources`}</li>
        ${ev.inferred ? html`<li class="inferred">Date inferred from the surrounding narrative</li>` : nothing}
        ${ev.conflict ? html`<li class="conflict">⚠ Sources disagree on the date</li>` : nothing}
      </ul>
      <dl>
        <dt>Written</dt>
        <dd>${written.length ? written.map((t, i) => html`${i ? ', ' : ''}“${t}”`) : html`<span class="muted">no date in the sentence</span>`}</dd>
        <dt>Understood</dt>
        <dd>${describeDate(ev)}</dd>
        <dt>ISO</dt>
        <dd><code>${describeIso(ev)}</code></dd>
      </dl>
      <h3>Mentions</h3>
      <ul class="mentions">
        ${this.cut(mentions).map((m) => this.renderMention(m))}
      </ul>
      ${this.more(ev, mentions.length, 'mentions')}
      <h3>Sources</h3>
      <ul class="sources">
        ${this.cut(sourceIds).map((id) => this.renderSource(id))}
      </ul>
      ${this.more(ev, sourceIds.length, 'sources')}
      <footer>
        <button type="button" class="hide" @click=${() => emit(this, 'et-hide', { id: ev.id })}>Hide this event</button>
      </footer>
    </section>`;
  }

  /** The first MAX_LISTED items, unless the reader asked for all (thousands of list items freeze the page). */
  private cut<T>(items: readonly T[]): readonly T[] {
    return this._all === this.event || items.length <= MAX_LISTED ? items : items.slice(0, MAX_LISTED);
  }

  private more(ev: TimelineEvent, count: number, what: string): TemplateResult | typeof nothing {
    if (count <= MAX_LISTED || this._all === ev) return nothing;
    return html`<p class="muted">
      ${MAX_LISTED} of ${count.toLocaleString('en')} ${what} shown.
      <button type="button" class="link-button" @click=${() => (this._all = ev)}>Show all ${count.toLocaleString('en')}</button>
    </p>`;
  }

  private renderMention(m: Mention): TemplateResult {
    const at = dateRangeInMention(m);
    const parts = segment(m.text, at ? [{ ...at, data: null }] : []);
    const source = this.sourceById(m.source);
    const name = source?.headline || source?.publisher || m.source;
    return html`<li>
      <blockquote ${cssVar('--swatch', this.colors[m.source])}>
        ${parts.map((p) => (p.range ? html`<mark>${p.text}</mark>` : p.text))}
      </blockquote>
      <span class="muted">— ${name}${m.timex ? html` · understood as <code>${m.timex}</code>` : nothing}</span>
      ${source?.text
        ? html` · <button type="button" class="link-button" @click=${() => emit(this, 'et-view-source', { id: m.source })}>
              Read in the source<span class="visually-hidden">: ${name}</span>
            </button>`
        : nothing}
    </li>`;
  }

  private renderSource(id: string): TemplateResult {
    const s = this.sourceById(id);
    if (!s) return html`<li><span class="swatch" ${cssVar('--swatch', this.colors[id])}></span>${id}</li>`;
    const href = safeHref(s.url);
    const title = s.headline || s.file || s.id;
    const date = s.datePublished ? formatIso(s.datePublished, 'day') : '';
    return html`<li>
      <span class="swatch" ${cssVar('--swatch', this.colors[id])}></span>
      ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>` : html`<strong>${title}</strong>`}
      <div class="muted">
        ${[s.publisher, s.author, date].filter(Boolean).join(' · ')}${s.local ? ' · added in this page' : ''}
      </div>
      ${!href && s.url ? html`<div class="muted">URL (not linked): <code>${s.url}</code></div>` : nothing}
    </li>`;
  }
}

if (!customElements.get('et-detail')) customElements.define('et-detail', EtDetail);

declare global {
  interface HTMLElementTagNameMap {
    'et-detail': EtDetail;
  }
}
