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
export const OFFERED: ExportFormat[] = ['json', 'timelinejs', 'csv', 'ics'];

/** The timeline in one format, written by the CLI's exporter (src/export), loaded on first use. */
export async function exportAs(timeline: Timeline, format: ExportFormat, basename: string): Promise<ExportedFile> {
  const info = FORMATS[format];
  const safeBase = basename.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'timeline';
  const filename = `${safeBase}.${info.extension}`;
  const { exportTimeline, exportMimeType } = await import('../../src/export/index.ts');
  return { filename, mime: exportMimeType(format), content: exportTimeline(timeline, format) };
}

/** Starts a download of `file` through a Blob and an object URL (revoked once clicked). */
export function download(file: ExportedFile, container: Node): void {
  const type = file.mime.includes('charset') ? file.mime : `${file.mime};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([file.content], { type }));
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
