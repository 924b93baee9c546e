import { LitElement, css, html, nothing } from 'lit';
import type { Diagnostic } from '../src/model.ts';

/**
 * The demo page's list of problems found in data/: one row per diagnostic (file, line, message),
 * errors first. Empty when the sources are clean, so fixing a file clears it live.
 */
export class TimelineDiagnostics extends LitElement {
  static override properties = { diagnostics: { attribute: false } };

  declare diagnostics: readonly Diagnostic[];

  constructor() {
    super();
    this.diagnostics = [];
  }

  static override styles = css`
    :host { display: block; font: 14px/1.4 system-ui, sans-serif; }
    :host([hidden]) { display: none; }
    details { border: 1px solid var(--et-border, #d0d7de); border-radius: 6px; padding: 0.5rem 0.75rem; }
    summary { cursor: pointer; font-weight: 600; }
    ul { list-style: none; margin: 0.5rem 0 0; padding: 0; }
    li { padding: 0.25rem 0; border-top: 1px solid var(--et-border, #eaeef2); display: grid; grid-template-columns: auto 1fr; gap: 0 0.5rem; }
    .severity { font-weight: 600; text-transform: uppercase; font-size: 0.75rem; padding-top: 0.15rem; }
    .error .severity { color: var(--et-danger, #b42318); }
    .warning .severity { color: var(--et-warning, #8a5a00); }
    .where { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
    .message { grid-column: 2; overflow-wrap: anywhere; }
  `;

  override render() {
    const list = [...this.diagnostics].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    if (list.length === 0) return nothing;
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.length - errors;
    return html`<details ?open=${errors > 0} part="panel">
      <summary>Problems in the sources: ${count(errors, 'error')}, ${count(warnings, 'warning')}</summary>
      <ul>
        ${list.map(
          (d) => html`<li class=${d.severity} data-file=${d.file}>
            <span class="severity">${d.severity}</span>
            <span class="where">${d.file}${d.line !== undefined ? `:${d.line}` : ''}</span>
            <span class="message">${d.message}</span>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  override updated() {
    // Hidden when clean, so the page's layout does not keep an empty box.
    this.hidden = this.diagnostics.length === 0;
  }
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : 1;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

if (!customElements.get('timeline-diagnostics')) customElements.define('timeline-diagnostics', TimelineDiagnostics);

declare global {
  interface HTMLElementTagNameMap {
    'timeline-diagnostics': TimelineDiagnostics;
  }
}
