// Synthetic timelines for the render benchmark: N events over 30 years, in bursts like a news
// archive (most days quiet, some crowded), with spans, month/year dates and several sources.
import type { Granularity, Source, Timeline, TimelineEvent } from '../src/model.ts';
import { rng } from '../components/core/synthetic-timeline.ts';

const SUBJECTS = ['Iraqi forces', 'The coalition', 'Kurdish fighters', 'The government', 'Militants', 'Aid agencies', 'The UN', 'Engineers', 'Police', 'Residents'];
const VERBS = ['retake', 'enter', 'shell', 'reopen', 'evacuate', 'announce a ceasefire in', 'besiege', 'rebuild', 'secure', 'cross into'];
const PLACES = ['east Mosul', 'the old city', 'Tal Afar', 'the airport', 'the river bridge', 'Hamam al-Alil', 'the university', 'Qayyarah', 'the western districts', 'the dam'];

const DAY = 86_400_000;
const FROM = Date.UTC(1994, 0, 1);
const YEARS = 30;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function syntheticTimeline(count: number, seed = 42): Timeline {
  // The scale tests' deterministic PRNG: the same N gives the same timeline on every run.
  const rand = rng(seed ^ count);
  const sources: Source[] = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    file: `data/source-${i}.md`,
    headline: `Report ${i} on the campaign`,
    publisher: `Publisher ${i % 7}`,
    datePublished: isoDay(FROM + Math.floor(rand() * YEARS * 365) * DAY),
    referenceDateOrigin: 'datePublished',
  }));
  // Bursts: 300 centres; each event sits near one of them (news clusters around happenings).
  const centres = Array.from({ length: 300 }, () => FROM + rand() * YEARS * 365 * DAY);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const centre = centres[Math.floor(rand() * centres.length)]!;
    const at = centre + (rand() - 0.5) * (rand() < 0.8 ? 30 : 700) * DAY;
    const roll = rand();
    const granularity: Granularity = roll < 0.8 ? 'day' : roll < 0.93 ? 'month' : 'year';
    const day = isoDay(at);
    const start = granularity === 'day' ? day : granularity === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    const span = granularity === 'day' && rand() < 0.08 ? isoDay(at + (1 + Math.floor(rand() * 40)) * DAY) : undefined;
    const title = `${SUBJECTS[Math.floor(rand() * SUBJECTS.length)]} ${VERBS[Math.floor(rand() * VERBS.length)]} ${PLACES[Math.floor(rand() * PLACES.length)]}`;
    const mentionCount = rand() < 0.85 ? 1 : 2 + Math.floor(rand() * 3);
    events.push({
      id: `e${i}`,
      title,
      start,
      ...(span ? { end: span } : {}),
      granularity,
      inferred: rand() < 0.1,
      mentions: Array.from({ length: mentionCount }, (_, m) => {
        const text = `${title} on ${start}, officials said (${m}).`;
        const dateStart = title.length + 4;
        return { source: `source-${Math.floor(rand() * sources.length)}`, text, start: 0, end: text.length, dateText: start, dateStart, dateEnd: dateStart + start.length, timex: start };
      }),
    });
  }
  return { version: 1, generatedAt: new Date(FROM).toISOString(), sources, events, diagnostics: [] };
}
