/** A plain-text table with aligned columns (numbers right-aligned), as the benchmark prints it. */
export function table(title: string, head: string[], rows: Array<Array<string | number>>): string {
  const cells = rows.map((row) => row.map((c) => String(c)));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const numeric = head.map((_, i) => cells.every((row) => /^[-+]?[\d.,]+\s*(%|x|ms|MB|KB|MB\/s)?$|^[-—n/a]*$/.test(row[i] ?? '')));
  const line = (row: string[]) => row.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [`\n${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function fixed(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

/** `ours / peer` as "0.12x"; below 1 means ours is smaller (faster, lighter). */
export function ratio(ours: number | undefined, peer: number | undefined): string {
  if (ours === undefined || peer === undefined || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return '—';
  return `${(ours / peer).toFixed(ours / peer < 0.1 ? 3 : 2)}x`;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
