import { css } from 'lit';

/**
 * The colour, font and shape tokens the element and its panels share: each `--_x` reads the
 * public `--et-x` custom property, with light and dark (prefers-color-scheme) defaults.
 */
export const themeTokens = css`
  :host {
    --_font: var(--et-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--et-font-size, 14px);
    --_bg: var(--et-bg, #ffffff);
    --_fg: var(--et-fg, #1b1f24);
    --_muted: var(--et-muted, #57606a);
    --_border: var(--et-border, #d0d7de);
    --_accent: var(--et-accent, #0b5cad);
    --_accent-fg: var(--et-accent-fg, #ffffff);
    --_warning: var(--et-warning, #8a4b00);
    --_danger: var(--et-danger, #b42318);
    --_radius: var(--et-radius, 6px);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--et-bg, #16191d);
      --_fg: var(--et-fg, #e6e8eb);
      --_muted: var(--et-muted, #a3acb7);
      --_border: var(--et-border, #3a414a);
      --_accent: var(--et-accent, #7cb7ff);
      --_accent-fg: var(--et-accent-fg, #0b1320);
      --_warning: var(--et-warning, #f2b35b);
      --_danger: var(--et-danger, #ff8a80);
    }
  }
`;
