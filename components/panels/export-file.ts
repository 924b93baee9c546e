import type { Timeline } from '../../src/model.ts';
import type { ExportFormat } from './contract.ts';

export interface ExportedFile {
  filename: string;
  mime: string;
  content: string;
}

interface FormatInfo {
  label: string;
  extension: string;
  mime: string;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  json: { label: 'Timeline JSON', extension: 'json', mime: 'application/json' },
  timelinejs: { label: 'TimelineJS JSON', extension: 'timelinejs.json', mime: 'application/json' },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv' },
  ics: { label: 'iCalendar (.ics)', extension: 'ics', mime: 'text/calendar' },
};

/** The formats offered in the menu, in order. */
export const OFFERED: ExportFormat[] = ['json'];

/** The timeline in one format. JSON is written here; the others load the engine's exporter on use. */
export async function exportAs(timeline: Timeline, format: ExportFormat, basename: string): Promise<ExportedFile> {
  const info = FORMATS[format];
  const safeBase = basename.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'timeline';
  const filename = `${safeBase}.${info.extension}`;
  if (format === 'json') return { filename, mime: info.mime, content: `${JSON.stringify(timeline, null, 2)}\n` };
  throw new Error(`export to ${format} is not available in this build`);
}

/** Starts a download of `file` through a Blob and an object URL (revoked once clicked). */
export function download(file: ExportedFile, container: Node): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  // Inside the element's shadow root, so no global DOM is touched.
  container.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
