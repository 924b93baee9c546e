import { LitElement, css, html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { emit } from './contract.ts';
import { panelBase } from './styles.ts';

/**
 * Search box over event titles and sentences. Typing is debounced; Enter applies at once;
 * Escape clears.
 *
 * @property query - the query in force (the host's state)
 * @property delay - debounce in ms (default 200)
 * @fires et-filter - the query changed
 */
export class EtSearch extends LitElement {
  static override properties = {
    query: {},
    delay: { type: Number },
  };

  declare query: string;
  declare delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | null = null;

  constructor() {
    super();
    this.query = '';
    this.delay = 200;
  }

  static override styles = [
    panelBase,
    css`
      :host {
        display: inline-block;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      input {
        width: var(--et-search-width, 14em);
        max-width: 100%;
      }
    `,
  ];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private apply(value: string): void {
    clearTimeout(this.timer);
    this.pending = null;
    if (value !== this.query) {
      this.query = value;
      emit(this, 'et-filter', { query: value });
    }
  }

  private onInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    this.pending = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(value), Math.max(0, this.delay));
  }

  private onKeydown(e: KeyboardEvent): void {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') this.apply(input.value);
    else if (e.key === 'Escape' && input.value !== '') {
      e.stopPropagation();
      input.value = '';
      this.apply('');
    }
  }

  override render(): TemplateResult {
    return html`<label part="label">
      <span class="visually-hidden">Search events</span>
      <input
        part="input"
        type="search"
        placeholder="Search events…"
        autocomplete="off"
        spellcheck="false"
        aria-label="Search events by title or sentence"
        .value=${live(this.pending ?? this.query)}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
    </label>`;
  }
}

if (!customElements.get('et-search')) customElements.define('et-search', EtSearch);

declare global {
  interface HTMLElementTagNameMap {
    'et-search': EtSearch;
  }
}
