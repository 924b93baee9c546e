import type { Granularity, Timeline, TimelineEvent } from '../../src/model.ts';

/** A deterministic pseudo-random generator (mulberry32), so scale tests and the bench repeat. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['retake', 'visit', 'announce', 'sign', 'attack', 'withdraw from', 'elect', 'open', 'close', 'meet in'];
const NOUNS = ['Mosul', 'the parliament', 'the border', 'the ministry', 'the coalition', 'the airport', 'the old city', 'the council'];

/**
 * `n` events over `years` years with a realistic mix: mostly days, some months and years, spans,
 * inferred dates, conflicts and multi-source reports, spread over `sourceCount` sources.
 * For scale tests and `npm run bench` only; never shipped in the element.
 */
export function syntheticTimeline(n: number, options: { seed?: number; years?: number; sourceCount?: number } = {}): Timeline {
  const rand = rng(options.seed ?? 1);
  const years = options.years ?? 20;
  const sourceCount = options.sourceCount ?? 5;
  const t0 = Date.UTC(2000, 0, 1);
  const span = years * 365.25 * 86_400_000;
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i + 1}`,
    file: `data/source-${i + 1}.md`,
    headline: `Report ${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    referenceDateOrigin: 'datePublished' as const,
  }));
  const events: TimelineEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = new Date(t0 + rand() * span);
    const r = rand();
    const granularity: Granularity = r < 0.75 ? 'day' : r < 0.92 ? 'month' : r < 0.97 ? 'year' : 'time';
    const iso = d.toISOString();
    const start = granularity === 'year' ? iso.slice(0, 4) : granularity === 'month' ? iso.slice(0, 7) : granularity === 'day' ? iso.slice(0, 10) : iso.slice(0, 16);
    const event: TimelineEvent = {
      id: `e${i}`,
      title: `${NOUNS[i % NOUNS.length]} ${VERBS[(i * 7) % VERBS.length]} ${i}`,
      start,
      granularity,
      inferred: rand() < 0.1,
      mentions: [],
    };
    if (granularity === 'day' && rand() < 0.08) event.end = new Date(d.getTime() + (1 + Math.floor(rand() * 20)) * 86_400_000).toISOString().slice(0, 10);
    if (rand() < 0.03) event.conflict = true;
    const m = 1 + (rand() < 0.15 ? Math.floor(rand() * 3) : 0);
    for (let k = 0; k < m; k++) {
      const source = sources[Math.floor(rand() * sourceCount)]!.id;
      const text = `On ${start} ${event.title}.`;
      event.mentions.push({ source, text, start: 0, end: text.length, dateText: start, dateStart: 3, dateEnd: 3 + start.length });
    }
    events[i] = event;
  }
  return { version: 1, generatedAt: '2026-01-01T00:00:00Z', sources, events, diagnostics: [] };
}
