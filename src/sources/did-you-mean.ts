/** Edit distance counting a swap of neighbours as one edit (typos), case-insensitive. */
function distance(a: string, b: string, max: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
    }
    before = prev;
    prev = cur;
  }
  return prev[t.length]!;
}

/** The closest known name to a misspelt one, or null when none is close enough to be a typo. */
export function didYouMean(name: string, known: readonly string[]): string | null {
  if (name.length > 64) return null;
  const max = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const k of known) {
    const d = distance(name, k, max);
    if (d < bestDistance) { best = k; bestDistance = d; }
  }
  return best;
}
