/**
 * Defines the panels and re-exports the contract and the controllers the host composes.
 * The panels a first view does not need (an event's detail, the hidden list, the add-source form,
 * a source's whole text, the export menu with its exporters) come in one chunk of their own (later-panels.ts), requested as soon as this module runs
 * but never waited for: the host renders their tags at once and they upgrade when their code
 * arrives (Lit keeps properties set before the upgrade). Style `:not(:defined)` for a placeholder.
 */
export { EtSearch } from './et-search.ts';
export { EtSourceToggles } from './et-source-toggles.ts';
export { EtMessages } from './et-messages.ts';
export { HiddenEventsController } from './hidden-events.ts';
export { LocalSourcesController } from './local-sources.ts';
export { DropController } from './drop.ts';
export { storageKeyFor } from './storage.ts';
export { emit } from './contract.ts';
export type { EtEventMap, EtEventName, EtEvent, ExportFormat, LocalSourceInput, SourceColors } from './contract.ts';
export type { EtDetail } from './et-detail.ts';
export type { EtHiddenList } from './et-hidden-list.ts';
export type { EtSourceView } from './et-source-view.ts';
export type { EtExportMenu } from './et-export-menu.ts';
export type { EtAddSource } from './et-add-source.ts';

let later: Promise<void> | null = null;

/** Loads and defines the on-demand panels (once); resolves when they are defined. */
export function loadLaterPanels(): Promise<void> {
  later ??= import('./later-panels.ts').then(
    () => undefined,
    (e: unknown) => {
      later = null; // a failed fetch (offline) can be retried later
      throw e;
    },
  );
  return later;
}

loadLaterPanels().catch(() => {
  /* offline or blocked: the timeline works without these panels; a later call retries */
});
