/** The panels loaded after the first view, as one chunk (one request): importing defines them. */
export { EtDetail } from './et-detail.ts';
export { EtHiddenList } from './et-hidden-list.ts';
export { EtAddSource } from './et-add-source.ts';
export { EtSourceView } from './et-source-view.ts';
export { EtExportMenu } from './et-export-menu.ts';
