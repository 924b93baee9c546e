import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../src/model.ts';
import { emit } from './contract.ts';
import { closeOnEscape } from './close-on-escape.ts';
import { describeDate } from './format-date.ts';
import { isolatedTitle, shownTitle } from '../core/title.ts';
import { panelBase } from './styles.ts';

/**
 * The events the reader hid, each restorable. Renders nothing when none is hidden.
 *
 * @property events - the hidden events
 * @fires et-restore - restore one event ("Restore all" sends one per event)
 */
export class EtHiddenList extends LitElement {
  static override properties = {
    events: { attribute: false },
  };

  declare events: TimelineEvent[];

  constructor() {
    super();
    this.events = [];
  }

  static override styles = [
    panelBase,
    css`
      /* Own background: its text colours follow the colour scheme, whatever the page behind. */
      :host {
        display: block;
        background: var(--_bg);
      }
      summary {
        cursor: pointer;
        padding: 0.2rem 0;
      }
      ul {
        list-style: none;
        margin: 0.3rem 0 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        justify-content: space-between;
        overflow-wrap: anywhere;
      }
      .all {
        margin: 0.4rem 0 0;
        text-align: right;
      }
      button {
        flex: none;
        min-height: 0;
        font-size: 0.85em;
      }
    `,
  ];

  override render(): TemplateResult | typeof nothing {
    if (this.events.length === 0) return nothing;
    return html`<details @keydown=${closeOnEscape}>
      <summary>Hidden events (${this.events.length})</summary>
      <ul>
        ${this.events.map(
          (ev) => html`<li>
            <span><span class="muted">${describeDate(ev)}:</span> <bdi>${shownTitle(ev.title)}</bdi></span>
            <button type="button" aria-label=${`Restore ${isolatedTitle(ev.title)}`} @click=${() => emit(this, 'et-restore', { id: ev.id })}>
              Restore
            </button>
          </li>`,
        )}
      </ul>
      ${this.events.length > 1
        ? html`<p class="all"><button type="button" @click=${() => this.events.forEach((ev) => emit(this, 'et-restore', { id: ev.id }))}>Restore all</button></p>`
        : nothing}
    </details>`;
  }
}

if (!customElements.get('et-hidden-list')) customElements.define('et-hidden-list', EtHiddenList);

declare global {
  interface HTMLElementTagNameMap {
    'et-hidden-list': EtHiddenList;
  }
}
