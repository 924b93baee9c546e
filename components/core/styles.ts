import { css } from 'lit';
import { themeTokens } from '../theme.ts';

/** The element's own styles (adopted stylesheets: no inline style text, so strict CSP holds). */
export const timelineStyles = css`
  ${themeTokens}
  :host {
    --_mark: var(--et-mark, #0b5cad);
    --_plot-bg: var(--et-plot-bg, #f6f8fa);
    --_lane-alt: var(--et-lane-alt, #eef1f4);
    --_height: var(--et-height, 320px);
    --_s1: var(--et-source-1, #0b5cad);
    --_s2: var(--et-source-2, #b35900);
    --_s3: var(--et-source-3, #2e7d32);
    --_s4: var(--et-source-4, #8e24aa);
    --_s5: var(--et-source-5, #c62828);
    --_s6: var(--et-source-6, #00838f);
    --_s7: var(--et-source-7, #6d4c41);
    --_s8: var(--et-source-8, #546e7a);
    display: block;
    position: relative;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
    min-width: 0;
    box-sizing: border-box;
    contain: layout;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_mark: var(--et-mark, #7cb7ff);
      --_plot-bg: var(--et-plot-bg, #1d2126);
      --_lane-alt: var(--et-lane-alt, #23282e);
      --_s1: var(--et-source-1, #7cb7ff);
      --_s2: var(--et-source-2, #ffb366);
      --_s3: var(--et-source-3, #81c784);
      --_s4: var(--et-source-4, #ce93d8);
      --_s5: var(--et-source-5, #ef9a9a);
      --_s6: var(--et-source-6, #4dd0e1);
      --_s7: var(--et-source-7, #bcaaa4);
      --_s8: var(--et-source-8, #b0bec5);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    padding: 0.4rem 0;
  }
  .toolbar button {
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0 0.7rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toolbar button:hover {
    border-color: var(--_accent);
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  .range {
    color: var(--_muted);
    font-size: 0.9em;
    margin-inline-end: auto;
    min-width: 10ch;
  }
  .panels {
    min-width: 0;
    max-width: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .panels > * {
    min-width: 0;
    max-width: 100%;
  }
  .plot {
    position: relative;
    height: var(--_height);
    background: var(--_plot-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    contain: strict;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .plot:active {
    cursor: grabbing;
  }
  canvas.density {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .lane {
    position: absolute;
    left: 0;
    right: 0;
    border-bottom: 1px solid var(--_border);
    pointer-events: none;
  }
  .lane:nth-child(even) {
    background: var(--_lane-alt);
  }
  .lane-label {
    position: absolute;
    right: 0.4rem;
    top: 0.15rem;
    font-size: 0.75em;
    color: var(--_muted);
    max-width: 45%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .mark {
    position: absolute;
    height: 22px;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--_fg);
    text-align: start;
    --c: var(--_mark);
  }
  /* Drawn on the mark's edge: a ring outside it was cut off by the plot in the top row. */
  .mark:focus-visible {
    outline-width: 2px;
    outline-offset: -1px;
  }
  .glyph {
    position: absolute;
    top: 5px;
    height: 12px;
    border-radius: 6px;
    background: var(--c);
    border: 2px solid var(--c);
  }
  .band .glyph {
    top: 3px;
    height: 16px;
    border-radius: 3px;
    opacity: 0.35;
  }
  .fuzzy .glyph {
    border: 0;
    opacity: 0.5;
    background: linear-gradient(90deg, transparent, var(--c) 25%, var(--c) 75%, transparent);
  }
  .fuzzy.before .glyph {
    background: linear-gradient(90deg, transparent, var(--c));
  }
  .fuzzy.after .glyph {
    background: linear-gradient(90deg, var(--c), transparent);
  }
  .dot.fuzzy .glyph {
    background: radial-gradient(circle, var(--c) 30%, transparent 75%);
    border: 0;
    opacity: 0.8;
  }
  .inferred .glyph {
    background: transparent;
    /* The whole border, not only its style: a fuzzy glyph has none of its own. */
    border: 2px dashed var(--c);
    opacity: 1;
  }
  .inferred .label {
    font-style: italic;
  }
  .conflict .glyph {
    box-shadow: 0 0 0 2px var(--_warning);
  }
  /* A warning triangle on the glyph: drawn, not text, so the accessible name stays the label. */
  .conflict .glyph::after {
    content: '';
    position: absolute;
    left: -8px;
    top: -8px;
    width: 10px;
    height: 9px;
    background: var(--_warning);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .multi .glyph {
    box-shadow: 0 0 0 2px var(--_bg), 0 0 0 4px var(--c);
  }
  .echo {
    position: absolute;
    height: 12px;
    border: 2px dashed var(--c);
    border-radius: 6px;
    opacity: 0.7;
    pointer-events: none;
  }
  .label {
    position: absolute;
    top: 2px;
    font-size: 0.8em;
    line-height: 18px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  /* Corroboration: the number of distinct sources, on the mark's corner. */
  .badge {
    position: absolute;
    z-index: 1;
    min-width: 14px;
    height: 14px;
    padding: 0 3px;
    border-radius: 7px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 10px;
    font-weight: 700;
    line-height: 14px;
    text-align: center;
    pointer-events: none;
  }
  .mark:hover .glyph,
  .mark.hover .glyph {
    opacity: 1;
  }
  .mark:hover .label {
    text-decoration: underline;
  }
  .mark.selected .glyph {
    outline: 2px solid var(--_fg);
    outline-offset: 1px;
  }
  /* A band keeps its light fill when selected: its label is written on it (opaque, 2.5:1 contrast). */
  .mark.selected.dot .glyph {
    opacity: 1;
  }
  .mark.selected .label {
    font-weight: 700;
  }
  .cluster {
    position: absolute;
    transform: translateX(-50%);
    border-radius: 999px;
    border: 1px solid var(--c, var(--_mark));
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.75em;
    font-weight: 600;
    padding: 0 0.45em;
    height: 22px;
    min-width: 22px;
    --c: var(--_mark);
  }
  .cluster:hover {
    background: var(--c);
    color: var(--_bg);
  }
  .axis {
    position: absolute;
    left: 0;
    bottom: 0;
    width: 100%;
    height: 28px;
    overflow: visible;
    pointer-events: none;
    border-top: 1px solid var(--_border);
    background: var(--_bg);
  }
  .axis line {
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_muted);
    font-size: 11px;
  }
  .axis .major text {
    fill: var(--_fg);
    font-weight: 600;
  }
  .gridline {
    position: absolute;
    top: 0;
    bottom: 28px;
    width: 0;
    border-left: 1px dotted var(--_border);
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: min(320px, 90%);
    background: var(--_fg);
    color: var(--_bg);
    border-radius: var(--_radius);
    padding: 0.35rem 0.55rem;
    font-size: 0.8em;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
    /* Unseen, except in forced colours, which drop the shadow and paint the outline. */
    outline: 1px solid transparent;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip strong {
    display: block;
  }
  .empty-view {
    position: absolute;
    inset: 0 0 28px 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    pointer-events: none;
  }
  .overview {
    position: relative;
    height: 36px;
    margin-top: 0.35rem;
    background: var(--_plot-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    touch-action: none;
    overflow: hidden;
  }
  .overview canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .brush {
    position: absolute;
    top: 0;
    bottom: 0;
    min-width: 6px;
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    border: 2px solid var(--_accent);
    border-radius: 3px;
    cursor: grab;
  }
  .brush .handle {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 12px;
    cursor: ew-resize;
  }
  .brush .handle.w {
    left: -7px;
  }
  .brush .handle.e {
    right: -7px;
  }
  [part~='message'] {
    border: 1px solid var(--_warning);
    color: var(--_fg);
    border-radius: var(--_radius);
    padding: 0.4rem 0.6rem;
    margin-bottom: 0.4rem;
  }
  [part~='message'].error {
    border-color: var(--_danger);
  }
  [part~='message'] ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .below {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 900px) {
    .below.both {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .list {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
  }
  .list h2 {
    font-size: 0.9em;
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
  }
  .list-scroll {
    position: relative;
    flex: 1 0 auto;
    height: var(--et-list-height, 240px);
    overflow-y: auto;
  }
  .list ol {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }
  .list li {
    position: absolute;
    left: 0;
    right: 0;
    height: 36px;
  }
  .list li button {
    display: flex;
    gap: 0.6rem;
    width: 100%;
    height: 100%;
    align-items: center;
    border: 0;
    border-bottom: 1px solid var(--_border);
    background: none;
    text-align: start;
    padding: 0 0.6rem;
  }
  .list li button:focus-visible {
    outline-offset: -3px;
  }
  .list li button[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
    font-weight: 600;
  }
  .list .when {
    flex: none;
    width: 28ch;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .list .what {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .list.stacked li {
    height: 56px;
  }
  .list.stacked li button {
    flex-direction: column;
    align-items: stretch;
    justify-content: center;
    gap: 0;
    line-height: 1.25;
  }
  .list.stacked .when {
    width: auto;
  }
  .list.stacked .what {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .container {
    container-type: inline-size;
  }
  @media (prefers-reduced-motion: no-preference) {
    .glyph,
    .cluster,
    .toolbar button {
      transition: opacity 120ms ease, background-color 120ms ease;
    }
  }
  @media (forced-colors: active) {
    .glyph {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
