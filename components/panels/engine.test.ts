import { afterEach, describe, expect, test } from 'vitest';
import { mergeLocalSources, toSourceInput } from './engine.ts';
import { mergeLocal, resetEngineWorker } from './local-sources.ts';
import { timeline } from './test-fixtures.ts';

describe('mergeLocalSources (the engine, in the browser)', () => {
  test('a pasted text with its date becomes a local source with dated events', async () => {
    const base = timeline();
    const merged = await mergeLocalSources(base, [
      {
        file: 'pasted-kurds-1.txt',
        headline: 'Kurdish forces take Sinjar',
        referenceDate: '2015-11-14',
        text: 'Kurdish forces retook the town of Sinjar on Friday after a two-day offensive backed by U.S. air strikes.',
        addedAt: 1,
      },
    ]);
    const local = merged.sources.find((s) => s.file === 'pasted-kurds-1.txt');
    expect(local).toBeDefined();
    expect(local!.local).toBe(true);
    expect(local!.headline).toBe('Kurdish forces take Sinjar');
    expect(local!.referenceDate).toBe('2015-11-14');
    const fromLocal = merged.events.filter((e) => e.mentions.some((m) => m.source === local!.id));
    expect(fromLocal.length).toBeGreaterThan(0);
    expect(fromLocal.some((e) => e.start === '2015-11-13')).toBe(true);
    // The base's own sources are still there.
    expect(merged.sources.filter((s) => !s.local).map((s) => s.id).sort()).toEqual(['americanpatriotdaily', 'dailycaller']);
  });

  test('a headline full of YAML syntax is kept as written', () => {
    const { input, addedLines } = toSourceInput({ file: 'p.txt', text: 'x', headline: 'a: "b" # c\n---', referenceDate: '2017-07-08', addedAt: 1 });
    expect(addedLines).toBe(4);
    expect(String(input.content).split('\n')[1]).toBe('headline: "a: \\"b\\" # c\\n---"');
  });

  test('a text with its own front matter is left alone', () => {
    const text = '---\nheadline: Own\ndatePublished: 2017-07-08\n---\nBody.';
    expect(toSourceInput({ file: 'p.md', text, headline: 'Other', addedAt: 1 })).toEqual({ input: { file: 'p.md', content: text }, addedLines: 0, addedAfter: 0 });
  });

  test('a text with its own front matter gets the form\'s date and headline when it lacks them (they were lost before)', async () => {
    const text = '---\nauthor: Someone\n---\nThe army withdrew from the city on Tuesday.';
    const { input, addedLines, addedAfter } = toSourceInput({ file: 'p.md', text, headline: 'Withdrawal', referenceDate: '2012-02-09', addedAt: 1 });
    expect([addedLines, addedAfter]).toEqual([2, 1]);
    expect(input.content).toBe('---\nheadline: "Withdrawal"\ndatePublished: "2012-02-09"\nauthor: Someone\n---\nThe army withdrew from the city on Tuesday.');
    // Jekyll's names count as present: no duplicate, no unknown-key warning.
    expect(toSourceInput({ file: 'q.md', text: '---\ntitle: T\ndate: 2012-02-01\n---\nx', headline: 'H', referenceDate: '2012-02-09', addedAt: 1 }).addedLines).toBe(0);
    const merged = await mergeLocalSources(timeline(), [{ file: 'p.md', text: text + '\n---bad', headline: 'Withdrawal', referenceDate: '2012-02-09', addedAt: 1 }]);
    const source = merged.sources.find((s) => s.file === 'p.md')!;
    expect([source.headline, source.datePublished]).toEqual(['Withdrawal', '2012-02-09']);
    expect(merged.events.some((e) => e.mentions.some((m) => m.source === source.id) && e.start === '2012-02-07')).toBe(true);
    // Messages keep the text's own line numbers (none points into the added keys).
    expect(merged.diagnostics.filter((d) => d.file === 'p.md').every((d) => d.line === undefined || d.line <= 5)).toBe(true);
  });

  test('a broken dropped file gives messages with its own line numbers and never throws', async () => {
    const text = '---\nheadline: [unclosed\ndatePublished: 2017-13-45\n---\nThe city fell on Saturday.';
    const merged = await mergeLocalSources(timeline(), [{ file: 'broken.md', text, addedAt: 1 }]);
    const msgs = merged.diagnostics.filter((d) => d.file === 'broken.md');
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs.every((d) => d.line === undefined || (d.line >= 1 && d.line <= 5))).toBe(true);
    expect(merged.events.length).toBeGreaterThanOrEqual(timeline().events.length - 1);
  });
});

describe('mergeLocal (the default: in a worker, else in this thread)', () => {
  const RealWorker = globalThis.Worker;
  afterEach(() => {
    globalThis.Worker = RealWorker;
    resetEngineWorker();
  });
  const input = { file: 'pasted.txt', referenceDate: '2015-11-14', text: 'Kurdish forces retook the town of Sinjar on Friday.', addedAt: 1 };

  test('parses in a module worker and gives the same timeline as the engine in this thread', async () => {
    const started: string[] = [];
    globalThis.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
    resetEngineWorker();
    const viaWorker = await mergeLocal(timeline(), [input]);
    expect(started).toHaveLength(1);
    expect(started[0]).toContain('engine-worker');
    const inThread = await mergeLocalSources(timeline(), [input]);
    expect({ ...viaWorker, generatedAt: '' }).toEqual({ ...inThread, generatedAt: '' });
    expect(viaWorker.sources.some((s) => s.local && s.file === 'pasted.txt')).toBe(true);
  });

  test('where no worker can start, it parses in this thread', async () => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('blocked by policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    resetEngineWorker();
    const merged = await mergeLocal(timeline(), [input]);
    expect(merged.events.some((e) => e.mentions.some((m) => m.source === merged.sources.find((s) => s.local)?.id))).toBe(true);
  });
});
