/** Per-source extraction: the events one source reports, with provenance. Plain JSON out. */
import type { Mention } from '../model.ts';
import type { ParsedSource } from '../sources/types.ts';
import { tag } from '../temporal/tag.ts';
import { splitSentences } from './sentences.ts';
import { calendarDate } from './timex-date.ts';
import type { ExtractedEvent, SourceExtraction } from './types.ts';

export function extractSource(parsed: ParsedSource): SourceExtraction {
  const id = parsed.source.id;
  if (!parsed.ok || parsed.body.trim() === '') return { source: id, events: [], diagnostics: [] };
  const body = parsed.body;
  const timexes = tag(body, parsed.source.referenceDate ? { referenceDate: parsed.source.referenceDate } : {});
  const events: ExtractedEvent[] = [];
  for (const s of splitSentences(body)) {
    const t = timexes.find((x) => x.start >= s.start && x.start < s.end && (x.type === 'DATE' || x.type === 'TIME'));
    if (!t) continue;
    const d = calendarDate(t.value);
    if (!d) continue;
    const mention: Mention = { source: id, text: s.text, start: s.start, end: s.end, dateText: t.text, dateStart: t.start, dateEnd: t.end, timex: t.value };
    const title = s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text;
    events.push({ title, start: d.iso, granularity: d.granularity, inferred: false, mention, signature: title.toLowerCase().split(/\s+/) });
  }
  return { source: id, events, diagnostics: [] };
}
