import { css } from 'lit';
import { themeTokens } from '../theme.ts';

/**
 * Tokens and base rules every panel shares. Defaults follow prefers-color-scheme; a host or page
 * that sets the --et-* properties wins because they inherit through the shadow boundary.
 */
export const panelBase = css`
  ${themeTokens}
  :host {
    --_highlight: var(--et-highlight, #fff1a8);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    color: var(--_fg);
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_highlight: var(--et-highlight, #5a4a00);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Not 'inherit': a <details> body inherits from ::details-content, which this rule cannot reach. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3em 0.7em;
    min-height: 2.1em;
  }
  button:hover {
    border-color: var(--_accent);
  }
  input,
  textarea,
  select {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3em 0.5em;
    min-height: 2.1em;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 2px;
    padding: 0 0.1em;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** A panel drawn as a card with a header row (the detail and the source view). */
export const panelCard = css`
  :host {
    display: block;
  }
  section {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem 1rem;
  }
  header {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
`;
