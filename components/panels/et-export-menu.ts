import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Timeline } from '../../src/model.ts';
import { emit, type ExportFormat } from './contract.ts';
import { download, exportAs, FORMATS, OFFERED } from './export-file.ts';
import { panelBase } from './styles.ts';

/**
 * Exports the timeline as shown (after filters and hidden events) in the model's JSON and the
 * formats the CLI writes, as a file download.
 *
 * @property timeline - the timeline as shown
 * @property filename - file name without extension (default "timeline")
 * @fires et-exported - after a download was produced
 */
export class EtExportMenu extends LitElement {
  static override properties = {
    timeline: { attribute: false },
    filename: {},
    error: { state: true },
  };

  declare timeline: Timeline | null;
  declare filename: string;
  declare error: string;

  constructor() {
    super();
    this.timeline = null;
    this.filename = 'timeline';
    this.error = '';
  }

  static override styles = [
    panelBase,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      summary {
        list-style: none;
        cursor: pointer;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.3em 0.7em;
        min-height: 2.1em;
        display: flex;
        align-items: center;
        background: var(--_bg);
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary::after {
        content: '▾';
        margin-left: 0.4em;
      }
      ul {
        position: absolute;
        right: 0;
        z-index: 2;
        margin: 0.25rem 0 0;
        padding: 0.3rem;
        list-style: none;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
        min-width: 12em;
      }
      ul button {
        width: 100%;
        text-align: left;
        border: none;
      }
      ul button:hover {
        background: color-mix(in srgb, var(--_accent) 12%, transparent);
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  private async run(format: ExportFormat): Promise<void> {
    const t = this.timeline;
    if (!t) return;
    this.error = '';
    try {
      const file = await exportAs(t, format, this.filename);
      download(file, this.renderRoot);
      emit(this, 'et-exported', { format, filename: file.filename, bytes: new Blob([file.content]).size });
      this.renderRoot.querySelector('details')?.removeAttribute('open');
    } catch (e) {
      this.error = `Export failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    const details = e.currentTarget as HTMLDetailsElement;
    if (e.key === 'Escape' && details.open) {
      e.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  }

  override render(): TemplateResult {
    const disabled = !this.timeline;
    return html`<details @keydown=${this.onKeydown}>
        <summary aria-disabled=${disabled ? 'true' : 'false'}>Export</summary>
        <ul aria-label="Export formats">
          ${OFFERED.map(
            (f) => html`<li>
              <button type="button" ?disabled=${disabled} data-format=${f} @click=${() => this.run(f)}>${FORMATS[f].label}</button>
            </li>`,
          )}
        </ul>
      </details>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}

if (!customElements.get('et-export-menu')) customElements.define('et-export-menu', EtExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'et-export-menu': EtExportMenu;
  }
}
