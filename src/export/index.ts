/** Exports of a Timeline to other formats. Pure functions (no DOM): the CLI and the element's "export as shown" share them. */
import type { Timeline } from '../model.ts';
import { timelineToCsv } from './csv.ts';
import { timelineToIcs } from './ics.ts';
import { timelineToTimelineJs } from './timelinejs.ts';

export const EXPORT_FORMATS = ['json', 'timelinejs', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportFileExtension(format: ExportFormat): string {
  return format === 'timelinejs' ? 'timelinejs.json' : format;
}

export function exportMimeType(format: ExportFormat): string {
  switch (format) {
    case 'json':
    case 'timelinejs':
      return 'application/json';
    case 'csv':
      return 'text/csv;charset=utf-8';
    case 'ics':
      return 'text/calendar;charset=utf-8';
  }
}

/** The timeline in `format`, as the text of a file. */
export function exportTimeline(timeline: Timeline, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(timeline, null, 2)}\n`;
    case 'timelinejs':
      return `${JSON.stringify(timelineToTimelineJs(timeline), null, 2)}\n`;
    case 'csv':
      return timelineToCsv(timeline);
    case 'ics':
      return timelineToIcs(timeline);
  }
}

export { timelineToCsv } from './csv.ts';
export { timelineToIcs } from './ics.ts';
export { timelineToTimelineJs } from './timelinejs.ts';
