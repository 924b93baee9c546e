/** Small real timelines for the panels' browser tests (offsets computed from the texts). */
import type { Mention, Source, Timeline, TimelineEvent } from '../../src/model.ts';


export const CALLER_TEXT = [
  'U.S.-backed Iraqi Security Forces (ISF) retook the major city of Mosul Saturday after a long and bloody campaign against Islamic State forces.',
  '',
  'Iraqi Prime Minister Haider al-Abadi traveled to Mosul on Sunday to “congratulate the armed forces and the Iraqi people” on the major victory.',
  '',
  'ISF started its siege of the city in October, quickly retaking east Mosul by the end of January.',
].join('\n');

export const PATRIOT_TEXT =
  'With the help of the United States, ISIS-controlled Mosul was retaken by Iraqi special forces after being seized by the terrorist group in 2014.';

/** A mention of `sentence` in `text` with `dateText` (first occurrence inside the sentence). */
export function mention(source: string, text: string, sentence: string, dateText: string, timex?: string): Mention {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const inner = dateText ? sentence.indexOf(dateText) : -1;
  if (dateText && inner < 0) throw new Error(`date not in sentence: ${dateText}`);
  const m: Mention = {
    source,
    text: sentence,
    start,
    end: start + sentence.length,
    dateText,
    dateStart: inner >= 0 ? start + inner : start,
    dateEnd: inner >= 0 ? start + inner + dateText.length : start,
  };
  if (timex) m.timex = timex;
  return m;
}

const S1 = 'U.S.-backed Iraqi Security Forces (ISF) retook the major city of Mosul Saturday after a long and bloody campaign against Islamic State forces.';
const S2 = 'Iraqi Prime Minister Haider al-Abadi traveled to Mosul on Sunday to “congratulate the armed forces and the Iraqi people” on the major victory.';
const S3 = 'ISF started its siege of the city in October, quickly retaking east Mosul by the end of January.';

export function sources(): Source[] {
  return [
    {
      id: 'dailycaller',
      file: 'data/dailycaller.md',
      headline: 'US-Backed Forces Score Their Biggest Victory Over ISIS Yet',
      author: 'Russ Read',
      publisher: 'Daily Caller News Foundation',
      url: 'http://dailycaller.com/2017/07/08/us-backed-forces-score-their-biggest-victory-over-isis-yet/',
      datePublished: '2017-07-08',
      dateModified: '2017-07-09',
      referenceDate: '2017-07-09',
      referenceDateOrigin: 'dateModified',
      text: CALLER_TEXT,
    },
    {
      id: 'americanpatriotdaily',
      file: 'data/americanpatriotdaily.md',
      headline: 'U.S. Big Win in Iraq',
      publisher: 'American Patriot Daily',
      url: 'https://www.americanpatriotdaily.com/featured/u-s-big-win-in-iraq/',
      referenceDateOrigin: 'none',
      text: PATRIOT_TEXT,
    },
  ];
}

export function events(): TimelineEvent[] {
  return [
    {
      id: 'e-seized',
      title: 'terrorist group seizes Mosul',
      start: '2014',
      granularity: 'year',
      inferred: false,
      mentions: [mention('americanpatriotdaily', PATRIOT_TEXT, PATRIOT_TEXT, 'in 2014')],
    },
    {
      id: 'e-siege',
      title: 'ISF starts its siege of the city',
      start: '2016-10',
      granularity: 'month',
      inferred: false,
      mentions: [mention('dailycaller', CALLER_TEXT, S3, 'October', '2016-10')],
    },
    {
      id: 'e-retook',
      title: 'ISF retakes Mosul',
      start: '2017-07-08',
      granularity: 'day',
      inferred: false,
      conflict: true,
      mentions: [mention('dailycaller', CALLER_TEXT, S1, 'Saturday'), mention('americanpatriotdaily', PATRIOT_TEXT, PATRIOT_TEXT, '')],
    },
    {
      id: 'e-visit',
      title: 'al-Abadi travels to Mosul',
      start: '2017-07-09',
      granularity: 'day',
      inferred: false,
      mentions: [mention('dailycaller', CALLER_TEXT, S2, 'on Sunday')],
    },
  ];
}

export function timeline(): Timeline {
  return { version: 1, generatedAt: '2026-11-21T15:00:00Z', sources: sources(), events: events(), diagnostics: [] };
}

export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
];

/** A timeline whose every text field carries markup and whose URLs are javascript:. */
export function hostileTimeline(): Timeline {
  const text = HOSTILE.join(' ') + ' happened on 8 July 2017.';
  const src: Source = {
    id: 'evil',
    file: HOSTILE[0]!,
    headline: HOSTILE[2]!,
    publisher: HOSTILE[1]!,
    author: HOSTILE[0]!,
    url: 'javascript:window.__pwned=1',
    datePublished: HOSTILE[2]!,
    referenceDateOrigin: 'none',
    text,
  };
  const ev: TimelineEvent = {
    id: 'evil-1',
    title: HOSTILE.join(' '),
    start: '2017-07-08',
    granularity: 'day',
    inferred: true,
    mentions: [mention('evil', text, text, '8 July 2017')],
  };
  return {
    version: 1,
    generatedAt: '2026-11-21T15:00:00Z',
    sources: [src],
    events: [ev],
    diagnostics: [{ file: HOSTILE[0]!, line: 3, severity: 'error', message: HOSTILE[1]! }],
  };
}

/** Mounts `el` in the document and waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(el: T, width?: number): Promise<T> {
  const wrap = document.createElement('div');
  if (width) wrap.style.width = `${width}px`;
  wrap.appendChild(el);
  document.body.appendChild(wrap);
  await el.updateComplete;
  return el;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/** axe-core violations inside `el` (shadow DOM included), as "id: target" lines. */
export async function axeViolations(el: Element): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

/** Nothing hostile came alive anywhere under `root` (shadow roots included). */
export function liveHostileNodes(root: Document | ShadowRoot | Element): string[] {
  const found: string[] = [];
  const walk = (node: Document | ShadowRoot | Element): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'script', 'iframe', 'object', 'embed'].includes(tag)) found.push(tag);
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
      if (tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('a[href=javascript:]');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A File as a reader would drop it. */
export function file(name: string, content: string | Uint8Array, type = 'text/plain'): File {
  return new File([content as BlobPart], name, { type });
}

/** A drag event carrying `files`, as the browser dispatches it. */
export function dropEvent(type: string, files: File[]): DragEvent {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return new DragEvent(type, { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
}
