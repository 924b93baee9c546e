import type { Diagnostic, Timeline, TimelineEvent } from '../model.ts';

/**
 * Text from sources made safe for a terminal: control characters (ESC sequences could clear the
 * screen or rewrite earlier lines) and bidi overrides (which reorder what is shown) become
 * visible escapes.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function dateCell(e: TimelineEvent): string {
  return e.end && e.end !== e.start ? `${e.start}/${e.end}` : e.start;
}

function truncate(text: string, width: number): string {
  const flat = printable(text.replace(/\s+/g, ' ').trim());
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

/** One diagnostic as compilers print them: `file:line: severity: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return printable(`${d.file}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`.replace(/[\r\n]+/g, ' '));
}

/**
 * The timeline as a readable table (date, granularity/qualifier, sources, flags, title), sized
 * to the terminal's width, then the diagnostics and a one-line summary.
 */
export function formatTable(timeline: Timeline, width = 100): string {
  const rows = timeline.events.map((e) => {
    const flags = [e.inferred ? 'inferred' : '', e.conflict ? 'conflict' : ''].filter(Boolean).join(',');
    const sources = new Set(e.mentions.map((m) => m.source)).size;
    return [dateCell(e), e.qualifier ? `${e.granularity}/${e.qualifier}` : e.granularity, String(sources), flags, e.title];
  });
  const head = ['date', 'granularity', 'src', 'flags', 'title'];
  const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const titleWidth = Math.max(20, width - widths.reduce((a, b) => a + b + 2, 0));
  const line = (cells: string[]) =>
    [...cells.slice(0, 4).map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))), truncate(cells[4]!, titleWidth)].join('  ').trimEnd();
  const out: string[] = [];
  if (rows.length) {
    out.push(line(head), line(head.map((h, i) => '-'.repeat(i < 4 ? widths[i]! : Math.min(titleWidth, 40)))));
    for (const r of rows) out.push(line(r));
  } else {
    out.push('No dated events found.');
  }
  const errors = timeline.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = timeline.diagnostics.length - errors;
  if (timeline.diagnostics.length) {
    out.push('', 'Diagnostics:');
    for (const d of timeline.diagnostics) out.push(`  ${formatDiagnostic(d)}`);
  }
  out.push('', `${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'} from ${timeline.sources.length} source${timeline.sources.length === 1 ? '' : 's'}; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return `${out.join('\n')}\n`;
}
