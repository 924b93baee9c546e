import { shownTitle } from './title.ts';
import { POINT, type TimelineIndex } from './timeline-index.ts';
import type { Ms } from './time.ts';
import type { ListWindow } from './list-window.ts';

export interface View {
  t0: Ms;
  t1: Ms;
  width: number;
}

export function xOf(view: View, t: Ms): number {
  return ((t - view.t0) / (view.t1 - view.t0)) * view.width;
}

/** One drawn event: its glyph from gx0 to gx1 (a dot when equal widths of DOT), its label box. */
export interface MarkBox {
  i: number;
  lane: number;
  row: number;
  gx0: number;
  gx1: number;
  band: boolean;
  lx: number;
  /** Label width in px; 0 when the label did not fit (the title stays in aria-label and tooltip). */
  lw: number;
}

export const DOT = 12;
const GAP = 6;
const MIN_LABEL = 44;
const MAX_LABEL = 240;

/** Approximate label width; CSS ellipsis keeps the real text inside whatever width is assigned. */
function labelWidth(title: string, charW: number): number {
  return Math.min(MAX_LABEL, Math.ceil(title.length * charW) + 4);
}

/**
 * Lays out visible events in rows per lane, left to right, so that labels never overlap: an event
 * takes the first row free at its start; a label is shortened (ellipsis) to make room for a
 * neighbour; what still does not fit goes to the lane's last row as a bare glyph.
 */
export function layoutMarks(index: TimelineIndex, indices: readonly number[], view: View, rowsPerLane: number, charW: number): MarkBox[] {
  const lanes = index.lanes.length;
  const rows = Math.max(1, rowsPerLane);
  const labelRows = rows > 1 ? rows - 1 : 1;
  const rowEnd: number[][] = Array.from({ length: lanes }, () => new Array<number>(labelRows).fill(-Infinity));
  const rowLast: (MarkBox | null)[][] = Array.from({ length: lanes }, () => new Array<MarkBox | null>(labelRows).fill(null));
  // The end of what cannot shrink in a row (glyphs); labels are soft and the last one may be shortened.
  const rowHard: number[][] = Array.from({ length: lanes }, () => new Array<number>(labelRows).fill(-Infinity));
  const out: MarkBox[] = [];
  for (const i of indices) {
    const s = index.start[i]!;
    const e = index.end[i]!;
    if (e < view.t0 || s > view.t1) continue;
    const a = xOf(view, s);
    const b = xOf(view, e);
    const band = !(index.flags[i]! & POINT && b - a < DOT) && b - a >= DOT;
    const gx0 = band ? a : (a + b) / 2 - DOT / 2;
    const gx1 = band ? b : gx0 + DOT;
    const lane = index.lane[i]!;
    const ends = rowEnd[lane]!;
    const lasts = rowLast[lane]!;
    const hard = rowHard[lane]!;
    const want = labelWidth(shownTitle(index.events[i]!.title), charW);
    // A label sits inside a band wide enough to hold it, else after it (never half over it).
    let lx = band && gx1 - Math.max(gx0, 0) >= want + 8 ? Math.max(gx0, 0) + 4 : gx1 + 3;
    let lw = want;
    if (lx + lw > view.width) {
      // Near the right edge the label goes to the left of its glyph or band, or is shortened.
      if (gx0 - 3 - want >= 0) lx = gx0 - 3 - want;
      else lw = Math.max(0, Math.min(want, view.width - lx));
      if (lw < MIN_LABEL) lw = 0;
    }
    const from = Math.min(gx0, lx);
    let placed: MarkBox | null = null;
    for (let r = 0; r < labelRows; r++) {
      if (ends[r]! + GAP <= from) {
        placed = { i, lane, row: r, gx0, gx1, band, lx, lw };
        break;
      }
    }
    if (!placed) {
      // Abbreviate the label of a row's last mark when that frees enough room (never lengthen it).
      for (let r = 0; r < labelRows; r++) {
        const last = lasts[r];
        if (!last || last.lw === 0 || last.lx < last.gx0) continue;
        const lw2 = Math.min(last.lw, from - GAP - last.lx);
        if (lw2 >= MIN_LABEL && Math.max(hard[r]!, last.lx + lw2) + GAP <= from) {
          last.lw = lw2;
          placed = { i, lane, row: r, gx0, gx1, band, lx, lw };
          break;
        }
      }
    }
    if (placed) {
      ends[placed.row] = Math.max(gx1, placed.lw ? placed.lx + placed.lw : gx1);
      hard[placed.row] = Math.max(hard[placed.row]!, gx1);
      lasts[placed.row] = placed;
      out.push(placed);
    } else {
      const bare: MarkBox = { i, lane, row: rows - 1, gx0, gx1, band, lx, lw: 0 };
      out.push(bare);
      const r = rows > 1 && lw && index.sourceCount[i]! > 1 ? promote(index, out, bare, lw, labelRows) : -1;
      if (r >= 0) {
        // The mark that went bare may still count in the row's end: that only keeps later labels further off.
        ends[r] = Math.max(ends[r]!, extent(bare)[1]);
        hard[r] = Math.max(hard[r]!, gx1);
        lasts[r] = bare;
      }
      if (rows === 1) {
        // One row only: the bare glyph shares it with labels, so the label before it yields.
        const last = lasts[0];
        if (last && last.lw && last.lx + last.lw + GAP > gx0) {
          const room = gx0 - GAP - last.lx;
          last.lw = last.lx >= last.gx0 && room >= MIN_LABEL ? room : 0;
        }
        ends[0] = Math.max(ends[0]!, gx1);
        hard[0] = Math.max(hard[0]!, gx1);
      }
    }
  }
  return out;
}

/** The room a mark takes in its row: its glyph and its label. */
function extent(m: MarkBox): [number, number] {
  return m.lw ? [Math.min(m.gx0, m.lx), Math.max(m.gx1, m.lx + m.lw)] : [m.gx0, m.gx1];
}

/**
 * An event several sources report, left without a label in a crowded lane, takes the row of the
 * one mark in its way when that mark has fewer sources (which goes bare in its stead): the
 * corroborated happening is the one a reader needs to read.
 */
function promote(index: TimelineIndex, out: MarkBox[], bare: MarkBox, lw: number, labelRows: number): number {
  const [a, b] = extent({ ...bare, lw });
  for (let r = 0; r < labelRows; r++) {
    const inWay = out.filter((m) => m.lane === bare.lane && m.row === r && extent(m)[0] < b + GAP && a < extent(m)[1] + GAP);
    const m = inWay[0];
    if (inWay.length === 1 && index.sourceCount[m!.i]! < index.sourceCount[bare.i]!) {
      m!.row = bare.row;
      m!.lw = 0;
      bare.row = r;
      bare.lw = lw;
      return r;
    }
  }
  return -1;
}

export interface Cluster {
  lane: number;
  count: number;
  /** Time extent of the clustered events, what clicking the cluster zooms to. */
  t0: Ms;
  t1: Ms;
  x: number;
}

/** Groups visible events into buckets of `bucketPx` per lane: dense views show these as counts. */
export function clusterMarks(index: TimelineIndex, from: number, to: number, view: View, bucketPx: number): Cluster[] {
  const lanes = index.lanes.length;
  const buckets = Math.max(1, Math.ceil(view.width / bucketPx) + 1);
  const size = buckets * lanes;
  // Flat typed arrays rather than a Map: this runs over every visible event on every frame.
  const count = new Uint32Array(size);
  const sx = new Float64Array(size);
  const t0 = new Float64Array(size).fill(Infinity);
  const t1 = new Float64Array(size).fill(-Infinity);
  const scale = view.width / (view.t1 - view.t0);
  for (let i = from; i < to; i++) {
    const s = index.start[i]!;
    const e = index.end[i]!;
    if (e < view.t0 || s > view.t1) continue;
    const m = (s + e) / 2;
    const x = ((m < view.t0 ? view.t0 : m > view.t1 ? view.t1 : m) - view.t0) * scale;
    const k = Math.min(buckets - 1, Math.floor(x / bucketPx)) * lanes + index.lane[i]!;
    count[k]!++;
    sx[k]! += x;
    if (s < t0[k]!) t0[k] = s;
    if (e > t1[k]!) t1[k] = e;
  }
  const out: Cluster[] = [];
  for (let k = 0; k < size; k++) {
    const n = count[k]!;
    if (n) out.push({ lane: k % lanes, count: n, t0: t0[k]!, t1: t1[k]!, x: sx[k]! / n });
  }
  return out;
}

/** Number of events overlapping the view (exact, scanning only the candidate window). */
export function countVisible(index: TimelineIndex, from: number, to: number, view: View): number {
  let n = 0;
  for (let i = from; i < to; i++) if (index.end[i]! >= view.t0 && index.start[i]! <= view.t1) n++;
  return n;
}

/** Events per pixel bin and lane, for the density drawn on canvas. */
export function density(index: TimelineIndex, from: number, to: number, view: View, bins: number): Uint32Array[] {
  const out = index.lanes.map(() => new Uint32Array(bins));
  const scale = bins / (view.t1 - view.t0);
  for (let i = from; i < to; i++) {
    const s = index.start[i]!;
    const e = index.end[i]!;
    if (e < view.t0 || s > view.t1) continue;
    const m = Math.max(view.t0, Math.min(view.t1, (s + e) / 2));
    const b = Math.min(bins - 1, Math.max(0, Math.floor((m - view.t0) * scale)));
    out[index.lane[i]!]![b]!++;
  }
  return out;
}

/** Visible events split by width: `wide` ones cover at least half the view (a year seen by days). */
export interface ViewClasses {
  narrow: number;
  wide: number[];
}

export function classify(index: TimelineIndex, rows: ListWindow, view: View): ViewClasses {
  const limit = (view.t1 - view.t0) / 2;
  const wide: number[] = [];
  let narrow = 0;
  const { start, end } = index;
  for (const i of rows.before) {
    if (end[i]! - start[i]! >= limit) wide.push(i);
    else narrow++;
  }
  for (let i = rows.lo; i < rows.hi; i++) {
    if (end[i]! - start[i]! >= limit) wide.push(i);
    else narrow++;
  }
  return { narrow, wide };
}
