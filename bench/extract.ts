// Extraction benchmark: our whole pipeline and chrono-node alone over the same folder of news.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../test/e2e/harness.ts';
import { readCorpus, writeRepeated } from './corpus.ts';

export interface ExtractResult {
  name: string;
  /** Work time inside the process (after imports), and wall time including Node's start. */
  ms: number;
  wallMs: number;
  mbPerS: number;
  peakMB: number;
  /** Events (ours) or chrono results (peer) found. */
  found: number;
  error?: string;
}

function runChild(script: string, dir: string, extra: readonly string[] = []): Promise<{ ms: number; wallMs: number; maxRssMB: number; events: number; code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    void mkdtemp(path.join(tmpdir(), 'event-timeline-result-')).then((resultDir) => {
      const out = path.join(resultDir, 'result.json');
      const t0 = performance.now();
      // Our child is plain JavaScript that loads the CLI's bundle, as bin/event-timeline.js does; the peer's is TypeScript.
      const args = script.endsWith('.ts') ? ['--import', 'tsx', path.join(ROOT, 'bench', script)] : [path.join(ROOT, 'bench', script)];
      const child = spawn(process.execPath, [...args, dir, out, ...extra], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (status) => {
        const wallMs = performance.now() - t0;
        readFile(out, 'utf8')
          .then((text) => resolve({ ...(JSON.parse(text) as { ms: number; maxRssMB: number; events: number; code: number }), wallMs, stderr }))
          .catch(() => reject(new Error(`${script} exited with ${status} and no result: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)))
          .finally(() => void rm(resultDir, { recursive: true, force: true }));
      });
    }, reject);
  });
}

export async function extractBenchmark(corpusDir: string, targetBytes: number, log: (line: string) => void): Promise<{ results: ExtractResult[]; files: number; bytes: number; documents: number }> {
  const docs = await readCorpus(corpusDir);
  const dir = await mkdtemp(path.join(tmpdir(), 'event-timeline-news-'));
  try {
    const { files, bytes } = await writeRepeated(docs, dir, targetBytes);
    const mb = bytes / 1024 / 1024;
    const results: ExtractResult[] = [];
    // Ours as the CLI runs by default (a tagging worker beside the main thread from 1 MB on 2+ cores), the
    // peer, and ours on the main thread alone (--jobs 1), which shows what the second thread brings.
    for (const [name, script, extra] of [
      ['ours (extract --json)', 'extract-ours.mjs', []],
      ['chrono-node per sentence', 'extract-chrono.ts', []],
      ['ours, one thread (--jobs 1)', 'extract-ours.mjs', ['--jobs', '1']],
    ] as const) {
      // Best of two runs: the first also warms the file cache and tsx's compile cache.
      let best: ExtractResult | undefined;
      for (let run = 0; run < 2; run++) {
        log(`extract: ${name}, run ${run + 1}…`);
        try {
          const r = await runChild(script, dir, extra);
          const result: ExtractResult = { name, ms: r.ms, wallMs: r.wallMs, mbPerS: mb / (r.ms / 1000), peakMB: r.maxRssMB, found: r.events, ...(r.code !== 0 || r.events < 0 ? { error: `exit ${r.code}, ${r.events < 0 ? 'no Timeline printed' : ''} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}` } : {}) };
          if (!best || result.ms < best.ms) best = result;
        } catch (error) {
          best ??= { name, ms: Number.NaN, wallMs: Number.NaN, mbPerS: Number.NaN, peakMB: Number.NaN, found: 0, error: error instanceof Error ? error.message : String(error) };
        }
      }
      results.push(best!);
    }
    return { results, files, bytes, documents: docs.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
