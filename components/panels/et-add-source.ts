import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '../../src/model.ts';
import { emit, type LocalSourceInput } from './contract.ts';
import { MAX_LOCAL_BYTES, mb, pastedFileName, readFiles } from './read-files.ts';
import { panelBase } from './styles.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adding a source in the page: drop (or choose) .md/.txt files, or paste a text with its date.
 * The panel only reads and checks what was given; the host parses and merges it.
 *
 * @property open - the panel is unfolded (it also unfolds while files are dragged over the host)
 * @property busy - the host is parsing (the form is disabled meanwhile)
 * @property problems - messages to show under the form (the panel sets its own; the host may pass its controller's)
 * @property dragging - files hover over the host: highlight the drop zone
 * @fires et-add-source - inputs to add and the problems found reading them
 */
export class EtAddSource extends LitElement {
  static override properties = {
    busy: { type: Boolean },
    open: { type: Boolean, reflect: true },
    problems: { attribute: false },
    dragging: { type: Boolean },
  };

  declare busy: boolean;
  declare open: boolean;
  declare problems: Diagnostic[];
  declare dragging: boolean;

  constructor() {
    super();
    this.busy = false;
    this.open = false;
    this.problems = [];
    this.dragging = false;
  }

  static override styles = [
    panelBase,
    css`
      :host {
        display: block;
      }
      details {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.4rem 0.75rem;
        background: var(--_bg);
      }
      details[open] {
        padding-bottom: 0.75rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.2rem 0;
      }
      summary .muted {
        font-weight: normal;
      }
      .drop {
        margin-top: 0.5rem;
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
        text-align: center;
      }
      .drop.dragging {
        border-color: var(--_accent);
        background: color-mix(in srgb, var(--_accent) 10%, transparent);
      }
      form {
        display: grid;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
      label {
        display: grid;
        gap: 0.2rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .row label {
        flex: 1 1 12em;
      }
      textarea {
        min-height: 7em;
        resize: vertical;
        width: 100%;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 0.5rem;
      }
      button[type='submit'] {
        background: var(--_accent);
        color: var(--_accent-fg);
        border-color: var(--_accent);
      }
      button:disabled {
        opacity: 0.6;
        cursor: progress;
      }
      ul.problems {
        margin: 0.5rem 0 0;
        padding-left: 1.2em;
        color: var(--_danger);
        overflow-wrap: anywhere;
      }
      input[type='file'] {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
      }
      .status {
        margin: 0.3rem 0 0;
        font-weight: 600;
      }
      .status:empty {
        margin: 0;
      }
      .hint {
        font-size: 0.9em;
      }
    `,
  ];

  private send(inputs: LocalSourceInput[], errors: Diagnostic[]): void {
    this.problems = errors;
    if (inputs.length || errors.length) emit(this, 'et-add-source', { inputs, errors });
  }

  private async addFiles(files: FileList | File[] | null | undefined): Promise<void> {
    if (!files || files.length === 0) return;
    const { inputs, errors } = await readFiles(Array.from(files));
    this.send(inputs, errors);
  }

  private onDragOver(e: DragEvent): void {
    if (!e.dataTransfer || ![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    e.stopPropagation();
    this.dragging = false;
    void this.addFiles(e.dataTransfer?.files);
  }

  private onChoose(e: Event): void {
    const input = e.target as HTMLInputElement;
    void this.addFiles(input.files).finally(() => {
      input.value = '';
    });
  }

  /** What render() asked for: a toggle event that only echoes it is not the reader's doing. */
  private renderedOpen = false;

  private onToggle(e: Event): void {
    const isOpen = (e.target as HTMLDetailsElement).open;
    if (isOpen === this.renderedOpen) return;
    this.open = isOpen;
    // Folding it away also dismisses the messages it was showing.
    if (!isOpen) this.problems = [];
  }

  /** Escape folds the panel (and its messages) away, back on its summary. */
  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.busy) return;
    const details = e.currentTarget as HTMLDetailsElement;
    if (!details.open) return;
    e.stopPropagation();
    this.open = false;
    this.dragging = false;
    this.problems = [];
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    const date = String(data.get('date') ?? '').trim();
    const headline = String(data.get('headline') ?? '').trim();
    const addedAt = Date.now();
    const file = pastedFileName(headline, addedAt);
    const errors: Diagnostic[] = [];
    const bytes = new TextEncoder().encode(text).length;
    if (text.trim() === '') errors.push({ file, severity: 'error', message: 'The text is empty: paste the article text.' });
    // The same limit as a dropped file: the text is kept in the browser's small storage.
    else if (bytes > MAX_LOCAL_BYTES) errors.push({ file, severity: 'error', message: `The text is ${mb(bytes)}; texts added in the page must be under ${mb(MAX_LOCAL_BYTES)} (browser storage is small). Paste one article at a time, or put it in data/ and rebuild.` });
    if (date && !ISO_DAY.test(date)) errors.push({ file, severity: 'error', message: `The date "${date}" is not a day (YYYY-MM-DD): give the article's publication date.` });
    if (errors.length) {
      this.problems = errors;
      return;
    }
    const input: LocalSourceInput = { file, text, addedAt };
    if (date) input.referenceDate = date;
    if (headline) input.headline = headline;
    this.send([input], []);
    form.reset();
  }

  override render(): TemplateResult {
    // Folded until wanted; a drag over the host, or a problem to show, unfolds it.
    const open = this.open || this.dragging || this.busy || this.problems.length > 0;
    this.renderedOpen = open;
    return html`<details part="panel" ?open=${open} @toggle=${this.onToggle} @keydown=${this.onKeydown}>
      <summary>Add a source <span class="muted">— drop a file or paste a text</span></summary>
      <p class="status" role="status">${this.busy ? 'Reading the new source… (the parser loads the first time)' : ''}</p>
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <p>Drop a <code>.md</code> or <code>.txt</code> article here, or</p>
        <input
          type="file"
          tabindex="-1"
          aria-label="Choose article files"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          multiple
          ?disabled=${this.busy}
          @change=${this.onChoose}
        />
        <button type="button" class="choose" ?disabled=${this.busy} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
          Choose files…
        </button>
      </div>
      <form @submit=${this.onSubmit} aria-label="Paste an article">
        <label>
          Article text
          <textarea name="text" required ?disabled=${this.busy}></textarea>
        </label>
        <div class="row">
          <label>
            Publication date
            <input type="date" name="date" ?disabled=${this.busy} aria-describedby="date-hint" />
          </label>
          <label>
            Headline (optional)
            <input type="text" name="headline" ?disabled=${this.busy} />
          </label>
        </div>
        <p id="date-hint" class="hint muted">Relative dates such as “last Tuesday” are resolved against the publication date.</p>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Reading…' : 'Add to the timeline'}</button>
        </div>
      </form>
      ${this.problems.length
        ? html`<ul class="problems" role="alert">
            ${this.problems.map((d) => html`<li>${d.file}${typeof d.line === 'number' ? `:${d.line}` : ''} ${d.message}</li>`)}
          </ul>`
        : nothing}
    </details>`;
  }
}

if (!customElements.get('et-add-source')) customElements.define('et-add-source', EtAddSource);

declare global {
  interface HTMLElementTagNameMap {
    'et-add-source': EtAddSource;
  }
}
