/**
 * The contract between `<event-timeline>` (the host, which owns all state) and the panels it
 * renders in its shadow root. The host passes properties down; panels never mutate them and
 * report what the user asked for through bubbling, composed `et-*` CustomEvents, typed below.
 *
 * Panels (tag → properties):
 * - `<et-detail>`        .event: TimelineEvent | null, .sources: Source[], .colors: SourceColors
 *                        → et-close, et-hide, et-view-source, et-goto (a mention's event)
 * - `<et-source-view>`   .source: Source | null, .events: TimelineEvent[], .activeId: string | null
 *                        → et-goto, et-close-source
 * - `<et-search>`        .query: string, .delay: number (ms of debounce) → et-filter
 * - `<et-source-toggles>` .sources: Source[], .hiddenSources: string[], .colors: SourceColors
 *                        → et-toggle-source, et-remove-source (local sources only)
 * - `<et-hidden-list>`   .events: TimelineEvent[] (the hidden ones) → et-restore
 * - `<et-export-menu>`   .timeline: Timeline | null (as shown), .filename: string (no extension)
 *                        → downloads itself, then et-exported
 * - `<et-add-source>`    .busy: boolean, .problems: Diagnostic[], .dragging: boolean
 *                        → et-add-source (the host parses via local-sources.ts)
 * - `<et-messages>`      .diagnostics: Diagnostic[], .errors: string[] (load errors)
 *
 * index.ts defines <et-search>, <et-source-toggles> and <et-messages> at once; the others come in one
 * on-demand chunk (later-panels.ts) requested when index.ts runs: `loadLaterPanels()` awaits it.
 *
 * Behaviour that is state, not rendering, lives in controllers the host composes:
 * - `HiddenEventsController` (hidden-events.ts): hidden event ids, in localStorage.
 * - `LocalSourcesController` (local-sources.ts): inputs added in the page, in localStorage,
 *   merged into the timeline through the engine loaded on demand (its own chunk).
 * - `DropController` (drop.ts): .md/.txt files dropped anywhere on the host → its callback
 *   (`new DropController(this, (inputs, errors) => local.add(inputs, errors))`).
 */
import type { Diagnostic, Source, Timeline, TimelineEvent } from '../../src/model.ts';

/** Colour per source id (any CSS colour); the host decides, panels only show it. */
export type SourceColors = Readonly<Record<string, string>>;

/** The formats the export menu offers: the model's JSON, and the CLI's export formats. */
export type ExportFormat = 'json' | 'timelinejs' | 'csv' | 'ics';

/** A text added in the page, as kept in localStorage (inputs, never results). */
export interface LocalSourceInput {
  /** File name as shown to the user (a dropped file's name, or `pasted-<n>.txt`). */
  file: string;
  /** The whole file text, front matter included when it has one. */
  text: string;
  /** ISO 8601 day the relative dates resolve against, when the user gave one. */
  referenceDate?: string;
  headline?: string;
  /** ms since epoch, for a stable order and for unique ids. */
  addedAt: number;
}

export interface EtEventMap {
  /** Select an event (null: clear the selection). */
  'et-select': { id: string | null };
  /** Bring an event into view and select it (from a highlighted date in a text). */
  'et-goto': { id: string };
  /** Close the detail panel. */
  'et-close': Record<string, never>;
  /** Open the whole text of a source. */
  'et-view-source': { id: string };
  /** Close the source view. */
  'et-close-source': Record<string, never>;
  /** The search query changed (already debounced). */
  'et-filter': { query: string };
  /** Show or hide one source's events. */
  'et-toggle-source': { id: string; visible: boolean };
  /** Hide a (wrong) event; restorable. */
  'et-hide': { id: string };
  /** Restore a hidden event. */
  'et-restore': { id: string };
  /** Add texts given in the page (dropped files or the paste form). */
  'et-add-source': { inputs: LocalSourceInput[]; errors: Diagnostic[] };
  /** Remove a source added in the page. */
  'et-remove-source': { id: string };
  /** A download was produced (for the host's live-region announcement). */
  'et-exported': { format: ExportFormat; filename: string; bytes: number };
}

export type EtEventName = keyof EtEventMap;
export type EtEvent<K extends EtEventName> = CustomEvent<EtEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'et-select': EtEvent<'et-select'>;
    'et-goto': EtEvent<'et-goto'>;
    'et-close': EtEvent<'et-close'>;
    'et-view-source': EtEvent<'et-view-source'>;
    'et-close-source': EtEvent<'et-close-source'>;
    'et-filter': EtEvent<'et-filter'>;
    'et-toggle-source': EtEvent<'et-toggle-source'>;
    'et-hide': EtEvent<'et-hide'>;
    'et-restore': EtEvent<'et-restore'>;
    'et-add-source': EtEvent<'et-add-source'>;
    'et-remove-source': EtEvent<'et-remove-source'>;
    'et-exported': EtEvent<'et-exported'>;
  }
}

/** Dispatch a typed, bubbling, composed panel event from `target`. */
export function emit<K extends EtEventName>(target: EventTarget, name: K, detail: EtEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * CSS custom properties shared by host and panels (all inherit through shadow roots).
 * Defaults live in styles.ts; the host may set them on :host, the page may override them.
 */
export const CSS_PROPERTIES = [
  '--et-font', // font-family
  '--et-font-size', // base size (default 14px)
  '--et-bg', // panel background
  '--et-fg', // text
  '--et-muted', // secondary text
  '--et-border', // hairlines
  '--et-accent', // links, focus ring, selected
  '--et-accent-fg', // text on accent
  '--et-highlight', // background of a highlighted time expression
  '--et-warning', // conflicts, warnings
  '--et-danger', // errors
  '--et-radius', // corner radius
] as const;

export type { Diagnostic, Source, Timeline, TimelineEvent };
