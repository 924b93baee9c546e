/** Defines every panel element and re-exports the contract and the controllers the host composes. */
export { EtDetail } from './et-detail.ts';
export { EtSourceView } from './et-source-view.ts';
export { EtSearch } from './et-search.ts';
export { EtSourceToggles } from './et-source-toggles.ts';
export { EtHiddenList } from './et-hidden-list.ts';
export { EtExportMenu } from './et-export-menu.ts';
export { EtAddSource } from './et-add-source.ts';
export { EtMessages } from './et-messages.ts';
export { HiddenEventsController } from './hidden-events.ts';
export { LocalSourcesController } from './local-sources.ts';
export { DropController } from './drop.ts';
export { storageKeyFor } from './storage.ts';
export { emit } from './contract.ts';
export type { EtEventMap, EtEventName, EtEvent, ExportFormat, LocalSourceInput, SourceColors } from './contract.ts';
