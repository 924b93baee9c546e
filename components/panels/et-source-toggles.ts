import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../src/model.ts';
import { emit, type SourceColors } from './contract.ts';
import { cssVar } from './css-var.ts';
import { panelBase } from './styles.ts';

/**
 * One checkbox per source (with its colour) to show or hide its events; sources added in the
 * page also get a remove button.
 *
 * @property sources - the timeline's sources
 * @property hiddenSources - ids of the sources whose events are not shown
 * @property colors - colour per source id
 * @fires et-toggle-source - a checkbox changed
 * @fires et-view-source - "text" button of a source
 * @fires et-remove-source - remove a local source
 */
export class EtSourceToggles extends LitElement {
  static override properties = {
    sources: { attribute: false },
    hiddenSources: { attribute: false },
    colors: { attribute: false },
  };

  declare sources: Source[];
  declare hiddenSources: string[];
  declare colors: SourceColors;

  constructor() {
    super();
    this.sources = [];
    this.hiddenSources = [];
    this.colors = {};
  }

  static override styles = [
    panelBase,
    css`
      /* Own background: its text colours follow the colour scheme, whatever the page behind. */
      :host {
        display: block;
        background: var(--_bg);
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      /* A floated legend sits on the line of the toggles instead of above them. */
      legend {
        float: left;
        font-weight: 600;
        padding: 0;
        margin: 0 0.75rem 0.2rem 0;
        line-height: 1.8;
      }
      /* Four lines at most: hundreds of sources scroll here, not the plot off the page (padding: room for focus rings). */
      ul {
        line-height: 1.8;
        list-style: none;
        margin: 0;
        padding: 0 5px;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
        max-height: 8.2em;
        overflow-y: auto;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.3rem;
        min-width: 0;
        max-width: 100%;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        min-width: 0;
        cursor: pointer;
      }
      input {
        min-height: 0;
        width: 1.1em;
        height: 1.1em;
        margin: 0;
        accent-color: var(--swatch, var(--_accent));
      }
      .swatch {
        flex: none;
        width: 0.8em;
        height: 0.8em;
        border-radius: 50%;
        background: var(--swatch, var(--_muted));
      }
      .name {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        max-width: 22em;
      }
      .local {
        font-size: 0.8em;
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0 0.45em;
      }
      button {
        min-height: 0;
        padding: 0 0.45em;
        font-size: 0.85em;
      }
    `,
  ];

  override render(): TemplateResult | typeof nothing {
    if (this.sources.length === 0) return nothing;
    const hidden = new Set(this.hiddenSources);
    return html`<fieldset>
      <legend>Sources${this.sources.length > 8 ? ` (${this.sources.length.toLocaleString('en')})` : ''}</legend>
      <ul>
        ${this.sources.map((s) => {
          const name = s.headline || s.publisher || s.file || s.id;
          const visible = !hidden.has(s.id);
          return html`<li ${cssVar('--swatch', this.colors[s.id])}>
            <label title=${name}>
              <input
                type="checkbox"
                .checked=${visible}
                @change=${(e: Event) => emit(this, 'et-toggle-source', { id: s.id, visible: (e.target as HTMLInputElement).checked })}
              />
              <span class="swatch" aria-hidden="true"></span>
              <span class="name">${name}</span>
            </label>
            ${s.local ? html`<span class="local">local</span>` : nothing}
            ${s.text
              ? html`<button type="button" aria-label=${`Read the text of ${name}`} @click=${() => emit(this, 'et-view-source', { id: s.id })}>
                  text
                </button>`
              : nothing}
            ${s.local
              ? html`<button type="button" class="remove" aria-label=${`Remove ${name}`} @click=${() => emit(this, 'et-remove-source', { id: s.id })}>
                  remove
                </button>`
              : nothing}
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }
}

if (!customElements.get('et-source-toggles')) customElements.define('et-source-toggles', EtSourceToggles);

declare global {
  interface HTMLElementTagNameMap {
    'et-source-toggles': EtSourceToggles;
  }
}
