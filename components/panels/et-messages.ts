import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '../../src/model.ts';
import { panelBase } from './styles.ts';

/** Problems listed one by one; past this the list says how many more (a list of 100,000 would freeze the page). */
const MAX_LISTED = 100;

/**
 * Problems to show the reader: load errors (the element's `src`, a dropped file) and the
 * timeline's diagnostics (file, line, severity, message). Errors first; long lists fold.
 *
 * @property diagnostics - Timeline.diagnostics and those of sources added in the page
 * @attribute plain - no frame of its own (when the host already frames it)
 * @property errors - messages that are not tied to a file (e.g. "could not load data.json: 404")
 */
export class EtMessages extends LitElement {
  static override properties = {
    diagnostics: { attribute: false },
    errors: { attribute: false },
  };

  declare diagnostics: Diagnostic[];
  declare errors: string[];

  constructor() {
    super();
    this.diagnostics = [];
    this.errors = [];
  }

  static override styles = [
    panelBase,
    css`
      :host {
        display: block;
      }
      .box {
        border: 1px solid var(--_border);
        border-left: 4px solid var(--_warning);
        border-radius: var(--_radius);
        padding: 0.4rem 0.75rem;
        background: var(--_bg);
      }
      :host([plain]) .box {
        border: none;
        padding: 0;
      }
      .box.has-error {
        border-left-color: var(--_danger);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      ul {
        margin: 0.4rem 0 0.2rem;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.3rem;
        max-height: var(--et-messages-max-height, 14em);
        overflow: auto;
      }
      li {
        overflow-wrap: anywhere;
      }
      .sev {
        font-weight: 600;
        text-transform: uppercase;
        font-size: 0.8em;
        margin-right: 0.3em;
      }
      .error .sev {
        color: var(--_danger);
      }
      .warning .sev {
        color: var(--_warning);
      }
      code {
        font-size: 0.92em;
      }
      .error-line {
        margin: 0.2rem 0;
        color: var(--_danger);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  override render(): TemplateResult | typeof nothing {
    const errors = this.errors.filter((e) => typeof e === 'string' && e !== '');
    const diags = [...this.diagnostics]
      .filter((d) => d && typeof d.message === 'string')
      .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
    if (errors.length === 0 && diags.length === 0) return nothing;
    const nErr = diags.filter((d) => d.severity === 'error').length;
    const nWarn = diags.length - nErr;
    const summary = [nErr ? `${nErr.toLocaleString('en')} error${nErr > 1 ? 's' : ''}` : '', nWarn ? `${nWarn.toLocaleString('en')} warning${nWarn > 1 ? 's' : ''}` : '']
      .filter(Boolean)
      .join(', ');
    return html`<div class="box ${errors.length || nErr ? 'has-error' : ''}" role="status">
      ${errors.map((e) => html`<p class="error-line">${e}</p>`)}
      ${diags.length
        ? html`<details ?open=${nErr > 0 && diags.length <= 5}>
            <summary>Problems in the sources: ${summary}</summary>
            <ul>
              ${diags.slice(0, MAX_LISTED).map(
                (d) => html`<li class=${d.severity === 'error' ? 'error' : 'warning'}>
                  <span class="sev">${d.severity === 'error' ? 'error' : 'warning'}</span>
                  <code>${d.file}${typeof d.line === 'number' ? `:${d.line}` : ''}</code> — ${d.message}
                </li>`,
              )}
              ${diags.length > MAX_LISTED
                ? html`<li class="more">…and ${(diags.length - MAX_LISTED).toLocaleString('en')} more problems not listed here; the command line (<code>event-timeline extract</code>) prints them all.</li>`
                : nothing}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }
}

if (!customElements.get('et-messages')) customElements.define('et-messages', EtMessages);

declare global {
  interface HTMLElementTagNameMap {
    'et-messages': EtMessages;
  }
}
