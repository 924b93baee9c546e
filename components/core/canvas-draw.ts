/** Sizes a canvas's backing store to its CSS box at the device pixel ratio; returns its 2D context. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const dpr = Math.min(3, globalThis.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * Draws per-lane density columns: one column per bin, height on a square-root scale of the count
 * so a lone event stays visible beside a crowd.
 */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  bins: Uint32Array[],
  binWidth: number,
  laneTop: (lane: number) => number,
  laneHeight: number,
  colors: string[],
): void {
  let max = 1;
  for (const lane of bins) for (let b = 0; b < lane.length; b++) if (lane[b]! > max) max = lane[b]!;
  const unit = (laneHeight - 8) / Math.sqrt(max);
  ctx.globalAlpha = 0.55;
  bins.forEach((lane, l) => {
    ctx.fillStyle = colors[l % colors.length]!;
    const bottom = laneTop(l) + laneHeight - 2;
    ctx.beginPath();
    for (let b = 0; b < lane.length; b++) {
      const n = lane[b]!;
      if (!n) continue;
      const h = Math.max(2, Math.sqrt(n) * unit);
      ctx.rect(b * binWidth, bottom - h, Math.max(1, binWidth - 0.5), h);
    }
    ctx.fill();
  });
  ctx.globalAlpha = 1;
}
