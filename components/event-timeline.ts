import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Source, Timeline, TimelineEvent } from '../src/model.ts';
import { axisTicks, type Tick } from './core/axis.ts';
import { drawDensity, prepareCanvas } from './core/canvas-draw.ts';
import { DataController } from './core/data-controller.ts';
import { FocusKeeper } from './core/focus-keeper.ts';
import { keyAction } from './core/keyboard.ts';
import { classify, clusterMarks, density, layoutMarks, xOf, type Cluster, type MarkBox, type View, type ViewClasses } from './core/layout.ts';
import { listWindow, rowIndex, rowOf, type ListWindow } from './core/list-window.ts';
import { OverviewBrush } from './core/overview-brush.ts';
import { ResizeController } from './core/resize-controller.ts';
import { styleProps } from './core/style-props.ts';
import { isolatedTitle, shownTitle } from './core/title.ts';
import { timelineStyles } from './core/styles.ts';
import { eventExtent, formatEventDate, formatIso, isoDate, parseBound, toIso } from './core/time.ts';
import { buildIndex, CONFLICT, drawable, FUZZY, INFERRED, POINT, type TimelineIndex } from './core/timeline-index.ts';
import { ZoomController } from './core/zoom-controller.ts';
import { DropController, HiddenEventsController, LocalSourcesController, storageKeyFor, type EtEvent, type LocalSourceInput, type SourceColors } from './panels/index.ts';
import type { Diagnostic } from '../src/model.ts';

const AXIS = 28;
const ROW = 24;
const LANE_HEAD = 16;
const LIST_ROW = 36;
/** A list narrower than this (a phone, or beside the detail) stacks each row's date over its title, which may take two lines. */
const STACK_BELOW = 640;
const LIST_ROW_STACKED = 56;
const CHAR_W = 6.6;
const PALETTE = 8;
const WIDE_MARKS = 12;

/**
 * An interactive timeline of dated news events, drawn from a Timeline (the model of src/model.ts).
 * Zoom and pan with the wheel, drag, pinch, the toolbar, the overview's brush or the keyboard;
 * select an event to read every sentence that reports it. Handles 100,000 events: crowded views
 * are drawn on canvas as density with clusters that open on zoom.
 *
 * Keyboard: Tab into the events; ←/→ previous/next event in time order; Home/End first/last;
 * Enter select; +/- zoom; Shift+←/→ or PageUp/PageDown pan; 0 fit all; Escape close the detail.
 *
 * @element event-timeline
 *
 * @attr {string} src - URL of a Timeline JSON (as written by `event-timeline extract --json`)
 * @attr {string} start - ISO date the initial view starts at (`2016-10`, `2017-07-08`)
 * @attr {string} end - ISO date the initial view ends at
 * @attr {"source" | "none"} lanes - one lane per source (up to 24: the rest share one "N other sources" lane), or a single lane (default "none")
 *
 * @prop {Timeline | null} data - the timeline to show (set instead of `src`)
 *
 * @fires {CustomEvent<{ event: TimelineEvent | null }>} timeline-select - the selection changed (null: closed)
 * @fires {CustomEvent<{ start: string; end: string }>} timeline-zoom - the view changed; ISO 8601 instants
 * @fires {CustomEvent<{ timeline: Timeline | null }>} timeline-load - data arrived (from `src` or `data`), or a source was added or removed in the page
 *
 * @csspart toolbar - the row of controls above the plot
 * @csspart zoom-in - the zoom-in button
 * @csspart zoom-out - the zoom-out button
 * @csspart fit - the "fit all" button
 * @csspart list-toggle - the button showing or hiding the list view
 * @csspart range - the text naming the visible range and event count
 * @csspart plot - the drawing area
 * @csspart event - each drawn event (a button whose aria-label holds its date and title)
 * @csspart cluster - a group of events in a crowded view (click to zoom in)
 * @csspart axis - the time axis
 * @csspart tooltip - the hover/focus tooltip
 * @csspart overview - the overview strip of the whole timeline
 * @csspart brush - the overview's brush (the visible range)
 * @csspart detail - the panel of the selected event
 * @csspart list - the list view of the events in view
 * @csspart message - problems with the data (load errors, dropped events, empty timeline)
 *
 * @cssprop --et-font - font family
 * @cssprop --et-font-size - base font size (14px)
 * @cssprop --et-bg - background
 * @cssprop --et-fg - text colour
 * @cssprop --et-muted - secondary text
 * @cssprop --et-border - hairlines
 * @cssprop --et-accent - focus ring, selection, brush
 * @cssprop --et-accent-fg - text on the accent colour
 * @cssprop --et-mark - colour of marks in a single lane
 * @cssprop --et-plot-bg - background of the plot and overview
 * @cssprop --et-lane-alt - background of every other lane
 * @cssprop --et-source-1 - colour of the first source (sources take colours in order, then repeat)
 * @cssprop --et-source-2 - colour of the second source
 * @cssprop --et-source-3 - colour of the third source
 * @cssprop --et-source-4 - colour of the fourth source
 * @cssprop --et-source-5 - colour of the fifth source
 * @cssprop --et-source-6 - colour of the sixth source
 * @cssprop --et-source-7 - colour of the seventh source
 * @cssprop --et-source-8 - colour of the eighth source
 * @cssprop --et-warning - conflicts
 * @cssprop --et-danger - errors
 * @cssprop --et-radius - corner radius
 * @cssprop --et-height - height of the plot (320px)
 * @cssprop --et-list-height - height of the list view (240px)
 */
export class EventTimeline extends LitElement {
  static override styles = timelineStyles;

  static override properties = {
    src: { type: String, reflect: true },
    start: { type: String },
    end: { type: String },
    lanes: { type: String, reflect: true },
    data: { attribute: false },
    _selectedId: { state: true, attribute: false },
    _activeId: { state: true, attribute: false },
    _hover: { state: true, attribute: false },
    _query: { state: true, attribute: false },
    _hiddenSources: { state: true, attribute: false },
    _listOpen: { state: true, attribute: false },
    _listScroll: { state: true, attribute: false },
    _sourceId: { state: true, attribute: false },
    _announce: { state: true, attribute: false },
  };

  declare src: string | null;
  declare start: string | null;
  declare end: string | null;
  declare lanes: 'source' | 'none';
  declare data: Timeline | null;
  declare _selectedId: string | null;
  declare _activeId: string | null;
  declare _hover: number;
  declare _query: string;
  declare _hiddenSources: ReadonlySet<string>;
  declare _listOpen: boolean;
  declare _listScroll: number;
  declare _sourceId: string | null;
  declare _announce: string;

  private loader = new DataController(this, (t) => void this.onLoaded(t));
  private size = new ResizeController(this);
  private listSize = new ResizeController(this);
  private zoom = new ZoomController(this, () => this.onViewChanged());
  private brush = new OverviewBrush(this, this.zoom);
  private hiddenIds = new HiddenEventsController(this, () => storageKeyFor(this));
  private local = new LocalSourcesController(this, () => storageKeyFor(this));
  private drop = new DropController(this, (inputs, errors) => void this.addLocal(inputs, errors));
  // A control that held the focus and went away (hidden event, closed panel, removed source) hands it to the current event, else the plot.
  private focusKeeper = new FocusKeeper(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.mark[tabindex="0"]') ?? this.renderRoot.querySelector<HTMLElement>('.plot'),
    () => this.committing,
  );

  private index: TimelineIndex = buildIndex(null, { lanes: 'none' });
  private indexKey: unknown[] = [];
  private listWin: ListWindow = { before: [], lo: 0, hi: 0, length: 0 };
  private view: View = { t0: 0, t1: 1, width: 0 };
  private classes: ViewClasses = { narrow: 0, wide: [] };
  private viewKey: unknown[] = [];
  private clusters: Cluster[] | null = null;
  private ticks: Tick[] = [];
  private firedZoom = '';
  private pendingView = true;
  private focusActive = false;
  /** updated() is moving the focus to the active mark (see there). */
  private focusingMark = false;
  /** The template is being written to the DOM (a focused mark removed now fires blur). */
  private committing = false;
  private overviewKey: unknown[] = [];
  /** The view the data opened on: a view the reader moved away from is kept across live updates. */
  private initialView = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.src = null;
    this.start = null;
    this.end = null;
    this.lanes = 'none';
    this.data = null;
    this._selectedId = null;
    this._activeId = null;
    this._hover = -1;
    this._query = '';
    this._hiddenSources = new Set();
    this._listOpen = false;
    this._listScroll = 0;
    this._sourceId = null;
    this._announce = '';
  }

  /** Shows the time from `start` to `end` (ISO dates, Date objects or ms), within the zoom limits. */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const t0 = toMs(start, false);
    const t1 = toMs(end, true);
    if (t0 === null || t1 === null) return;
    this.zoom.showDomain(Math.min(t0, t1), Math.max(t0, t1));
  }

  /** Selects the event with this id (null closes the detail) and brings it into view. */
  select(id: string | null): void {
    this.selectIndex(id === null ? -1 : this.index.byId.get(id) ?? -1, true);
  }

  /** Zooms out to show every event. */
  fit(): void {
    this.zoom.setTransform({ k: 1, x: 0 });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private get timeline(): Timeline | null {
    return this.local.timeline ?? this.loader.timeline;
  }

  private async onLoaded(t: Timeline | null): Promise<void> {
    if (!this.keepsView(t)) this.pendingView = true;
    await this.local.setBase(t);
    // Re-render only when merging local sources changed the timeline drawn.
    if (this.timeline !== this.indexKey[0]) this.requestUpdate();
    await this.updateComplete;
    this.fireLoad();
  }

  /**
   * A live update (the dev server's, a page's own) is the same story told again: the range the
   * reader zoomed to stays when the new data shares a source with the old and has events there.
   */
  private keepsView(t: Timeline | null): boolean {
    const before = this.indexKey[0] as Timeline | null | undefined;
    const [v0, v1] = this.zoom.visibleDomain();
    if (!t || !before || this.pendingView || `${v0}|${v1}` === this.initialView) return false;
    try {
      const ids = new Set(before.sources.map((s) => s?.id));
      return t.sources.some((s) => ids.has(s?.id)) && t.events.some((e) => {
        const x = eventExtent(e);
        return !!x && x.end >= v0 && x.start <= v1;
      });
    } catch {
      return false; // data that throws when read: drawn afresh, and the index says what is wrong
    }
  }

  private fireLoad(): void {
    this.dispatchEvent(new CustomEvent('timeline-load', { detail: { timeline: this.timeline }, bubbles: true, composed: true }));
  }

  /** A source added or removed in the page changes the timeline shown: a page's count of it must follow. */
  private async localChanged(before: Timeline | null): Promise<void> {
    if (this.timeline === before) return;
    await this.updateComplete;
    this.fireLoad();
  }

  private async removeLocal(id: string): Promise<void> {
    const before = this.timeline;
    await this.local.remove(id);
    await this.localChanged(before);
  }

  /**
   * Adds texts given in the page, then shows where their events went: the view widens to take
   * them in when they fall outside it, and the live region says how many were added from what.
   */
  private async addLocal(inputs: LocalSourceInput[], errors: Diagnostic[]): Promise<void> {
    const before = this.timeline;
    await this.local.add(inputs, errors);
    void this.localChanged(before);
    const t = this.timeline;
    if (!inputs.length || !t) return;
    const files = new Set(inputs.map((i) => i.file));
    const added = t.sources.filter((s) => s.local && files.has(s.file));
    // Nothing merged (the parser failed, or a later add superseded this one): its problems say why.
    if (!added.length) return;
    const ids = new Set(added.map((s) => s.id));
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (const e of t.events) {
      if (!e.mentions.some((m) => ids.has(m.source))) continue;
      const ext = eventExtent(e);
      if (!ext) continue;
      n++;
      lo = Math.min(lo, ext.start);
      hi = Math.max(hi, ext.end);
    }
    await this.updateComplete; // the zoomable range now takes the new events in
    const [t0, t1] = this.zoom.visibleDomain();
    const widen = n > 0 && (lo < t0 || hi > t1);
    if (widen) {
      const a = Math.min(t0, lo);
      const b = Math.max(t1, hi);
      const pad = (b - a) * 0.03;
      this.zoom.showDomain(a - pad, b + pad);
      await this.updateComplete;
    }
    const names = added.map((s) => s.headline || s.file).join(', ');
    const said = n ? `${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'} added from ${names}` : `No dated event was found in ${names}`;
    // One announcement (it replaces the view change's own "Showing …", which would cut it off).
    this.scheduleAnnounce(widen ? `${said}; showing ${this.rangeText()}` : said);
  }

  private onViewChanged(): void {
    if (this._hover >= 0) this._hover = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data != null) this.loader.set(this.data);
    else if (changed.has('src') && this.src) void this.loader.load(this.src);
    else if (changed.has('data') && changed.get('data') != null) this.loader.set(null);
    // The src attribute removed (no data given): its timeline goes, and a load on its way is dropped.
    else if (changed.has('src') && changed.get('src') && this.data == null) this.loader.set(null);
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.pendingView = true;

    const t = this.timeline;
    const hidden = this.hiddenIds.hidden;
    const key = [t, this.lanes, this._query, this._hiddenSources, hidden];
    if (t && t !== this.indexKey[0]) this.forgetMissing(t);
    if (key.some((v, i) => v !== this.indexKey[i])) {
      const activeId = this._activeId;
      try {
        this.index = buildIndex(t, { lanes: this.lanes === 'source' ? 'source' : 'none', query: this._query, hiddenSources: this._hiddenSources, hiddenEvents: hidden });
      } catch (err) {
        // Data given in code is drawn before it is checked: a getter or Proxy deep inside may throw.
        this.index = buildIndex(null, { lanes: 'none' });
        this.loader.fail('the data property', err);
      }
      this.indexKey = key;
      // The hover is a position in the index: a new index makes it point at another event.
      this._hover = -1;
      this.updateBase();
      if (activeId && !this.index.byId.has(activeId)) this._activeId = null;
    } else if (changed.has('start') || changed.has('end')) {
      this.updateBase();
    }
    if (this.pendingView && this.size.width > 0) {
      this.pendingView = false;
      this.applyInitialView();
    }
    const [t0, t1] = this.zoom.visibleDomain();
    const viewKey = [this.index, t0, t1, this.size.width];
    // Hover, focus and selection re-render too; the O(visible) work is redone only when the view moved.
    if (viewKey.some((v, i) => v !== this.viewKey[i])) {
      this.viewKey = viewKey;
      this.view = { t0, t1, width: this.size.width };
      this.listWin = listWindow(this.index, t0, t1);
      this.classes = classify(this.index, this.listWin, this.view);
      this.clusters = null;
      this.ticks = this.view.width ? axisTicks(t0, t1, this.view.width) : [];
    }
  }

  /**
   * New data without the selected event or the open source (a local source removed, the file
   * changed): close them and say so, rather than keep a selection nothing shows.
   */
  private forgetMissing(t: Timeline): void {
    if (this._sourceId !== null && !t.sources.some((s) => s?.id === this._sourceId)) this._sourceId = null;
    const id = this._selectedId;
    if (id === null || t.events.some((e) => e?.id === id)) return;
    this._selectedId = null;
    this._announce = 'The selected event is no longer in the timeline; detail closed';
    this.dispatchEvent(new CustomEvent('timeline-select', { detail: { event: null }, bubbles: true, composed: true }));
  }

  private clusterCache(): Cluster[] {
    this.clusters ??= clusterMarks(this.index, this.listWin.before[0] ?? this.listWin.lo, this.listWin.hi, this.view, 56);
    return this.clusters;
  }

  /** The zoomable range: every event (and the start/end attributes), padded so marks are not cut at the edges. */
  private updateBase(): void {
    let lo = this.index.allMin;
    let hi = this.index.allMax;
    const [a, b] = this.bounds();
    if (a !== null) lo = Math.min(lo, a);
    if (b !== null) hi = Math.max(hi, b);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      // Nothing to draw: show one year around the attributes, else around the timeline's generation date.
      const c = a ?? b ?? parseBound(this.timeline?.generatedAt?.slice(0, 10), false) ?? Date.UTC(2020, 0, 1);
      lo = c - 182 * 86_400_000;
      hi = c + 183 * 86_400_000;
    }
    const pad = Math.max((hi - lo) * 0.04, 12 * 3_600_000);
    this.zoom.setBase(lo - pad, hi + pad);
  }

  /** The start/end attributes as instants; written the wrong way round, they are read as the range they name. */
  private bounds(): [number | null, number | null] {
    const a = parseBound(this.start, false);
    const b = parseBound(this.end, true);
    if (a === null || b === null || a < b) return [a, b];
    return [parseBound(this.end, false), parseBound(this.start, true)];
  }

  private applyInitialView(): void {
    const [a, b] = this.bounds();
    if (a !== null || b !== null) this.zoom.showDomain(a ?? this.zoom.b0, b ?? this.zoom.b1, false);
    else this.zoom.setTransform({ k: 1, x: 0 }, false);
    this.initialView = this.zoom.visibleDomain().join('|');
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot')!;
    this.size.observe(plot);
    this.zoom.attach(plot);
    this.brush.attach(this.renderRoot.querySelector<HTMLElement>('.overview')!);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.committing = true;
    try {
      super.update(changed);
    } finally {
      this.committing = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.drawPlot();
    this.drawOverview();
    const { t0, t1 } = this.view;
    if (this.view.width > 0 && this.index.events.length + this.index.invalid.length > 0) {
      const key = `${t0}|${t1}`;
      if (key !== this.firedZoom) {
        const first = this.firedZoom === '';
        this.firedZoom = key;
        this.dispatchEvent(new CustomEvent('timeline-zoom', { detail: { start: toIso(t0), end: toIso(t1) }, bubbles: true, composed: true }));
        if (!first) this.scheduleAnnounce(`Showing ${this.rangeText()}`);
      }
    }
    if (this.focusActive) {
      this.focusActive = false;
      const mark = this.renderRoot.querySelector<HTMLElement>('.mark[tabindex="0"]');
      // The keys that asked for it already set the state its focus and blur handlers would set: setting
      // it again here would ask for a second render from inside this one.
      this.focusingMark = true;
      try {
        mark?.focus({ preventScroll: true });
      } finally {
        this.focusingMark = false;
      }
    }
    if (changed.has('_listOpen') && this._listOpen) {
      // Its height (--et-list-height) arrives from the observer, outside this update.
      const box = this.renderRoot.querySelector<HTMLElement>('.list-scroll');
      if (box) this.listSize.observe(box);
      this.scrollListTo(this.activeIndex());
    }
  }

  private scheduleAnnounce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this._announce = text), 600);
  }

  private rangeText(): string {
    const n = this.listWin.length;
    const { t0, t1 } = this.view;
    const span = t1 - t0;
    const fmt = (t: number) => formatIso(isoDate(t, span > 5 * 365 * 86_400_000 ? 'year' : span > 90 * 86_400_000 ? 'month' : 'day'));
    // The view's end is exclusive: 1 June 00:00 ends a view of May.
    return `${fmt(t0)} – ${fmt(Math.max(t0, t1 - 1))}: ${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'}`;
  }

  private activeIndex(): number {
    return this._activeId === null ? -1 : this.index.byId.get(this._activeId) ?? -1;
  }

  private selectedIndex(): number {
    return this._selectedId === null ? -1 : this.index.byId.get(this._selectedId) ?? -1;
  }

  private isVisible(i: number, margin = 0): boolean {
    const { t0, t1 } = this.view;
    const m = (t1 - t0) * margin;
    return this.index.end[i]! >= t0 + m && this.index.start[i]! <= t1 - m;
  }

  private reveal(i: number): void {
    if (i < 0 || this.isVisible(i, 0.02)) return;
    const s = this.index.start[i]!;
    const e = this.index.end[i]!;
    const { t0, t1 } = this.view;
    // Zoom out if the event is wider than the view, else keep the zoom and centre it.
    if (e - s > (t1 - t0) * 0.9) this.zoom.showDomain(s - (e - s) * 0.1, e + (e - s) * 0.1);
    else this.zoom.centreOn((s + e) / 2);
  }

  private selectIndex(i: number, reveal: boolean): void {
    const event = i >= 0 ? this.index.events[i]! : null;
    const id = event?.id ?? null;
    if (event) {
      this._activeId = id;
      if (reveal) this.reveal(i);
    }
    if (id === this._selectedId) return;
    this._selectedId = id;
    this._announce = event ? `Selected: ${formatEventDate(event)}, ${isolatedTitle(event.title)}` : 'Detail closed';
    if (this._listOpen && i >= 0) this.scrollListTo(i);
    this.dispatchEvent(new CustomEvent('timeline-select', { detail: { event }, bubbles: true, composed: true }));
  }

  private moveActive(i: number): void {
    const n = this.index.events.length;
    if (!n) return;
    i = Math.max(0, Math.min(n - 1, i));
    this._activeId = this.index.events[i]!.id;
    this.reveal(i);
    // What focusing its mark after the render will set (its tooltip): set now, in the same render.
    this._hover = i;
    this.focusActive = true;
    if (this._listOpen) this.scrollListTo(i);
  }

  private onKeydown(e: KeyboardEvent): void {
    const action = keyAction(e);
    if (!action) return;
    const n = this.index.events.length;
    let active = this.activeIndex();
    if (active < 0) active = this.listWin.length ? rowIndex(this.listWin, 0) : 0;
    const focusedMark = !!(e.target as Element).closest?.('.mark');
    switch (action.kind) {
      case 'move':
        if (!n) return;
        this.moveActive(focusedMark || this._activeId !== null ? active + action.by : active);
        break;
      case 'first':
        this.moveActive(0);
        break;
      case 'last':
        this.moveActive(n - 1);
        break;
      case 'zoom': {
        const f = active >= 0 && active < n && this.isVisible(active) ? Math.min(1, Math.max(0, this.zoom.fraction((this.index.start[active]! + this.index.end[active]!) / 2))) : 0.5;
        this.zoom.zoomBy(action.factor, f);
        this.focusActive = focusedMark;
        break;
      }
      case 'pan':
        this.zoom.panBy(action.by);
        break;
      case 'fit':
        this.fit();
        break;
      case 'close':
        if (this._selectedId === null && this._sourceId === null) return;
        if (this._sourceId !== null) this._sourceId = null;
        else this.selectIndex(-1, false);
        break;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private onMarkClick(i: number, clicks = 1): void {
    this._activeId = this.index.events[i]?.id ?? null;
    // The second click of a double click keeps the detail the first one opened.
    if (clicks > 1 && i === this.selectedIndex()) return;
    this.selectIndex(i === this.selectedIndex() ? -1 : i, false);
    this.showDetail();
  }

  /** A source's text, from the list of sources or a mention, opens below the plot: brought into sight as the detail is. */
  private onViewSource = (e: EtEvent<'et-view-source'>): void => {
    this._sourceId = e.detail.id;
    this.showDetail('et-source-view');
  };

  /** On a small screen the detail opens below the fold: a tap or Enter brings it into sight (select() from code does not). */
  private showDetail(part = '[part~="detail"]'): void {
    void this.updateComplete.then(() => {
      const d = this.renderRoot.querySelector<HTMLElement>(part);
      if (d && !d.hidden && d.getBoundingClientRect().top > innerHeight - 100) d.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Escape in the list closes it, back on the button that opened it. */
  private onListKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this._listOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="list-toggle"]')?.focus());
  }

  /** The list's viewport height (set by --et-list-height), measured when it scrolls or opens. */
  private listHeight = 0;

  private onListScroll(e: Event): void {
    const box = e.target as HTMLElement;
    this.listHeight = box.clientHeight;
    this._listScroll = box.scrollTop;
  }

  private listRow(): number {
    const w = this.listSize.width;
    return w > 0 && w < STACK_BELOW ? LIST_ROW_STACKED : LIST_ROW;
  }

  private scrollListTo(i: number): void {
    void this.updateComplete.then(() => {
      const box = this.renderRoot.querySelector<HTMLElement>('.list-scroll');
      if (!box || i < 0) return;
      const row = rowOf(this.listWin, i);
      if (row < 0) return;
      const rowH = this.listRow();
      const top = row * rowH;
      if (top < box.scrollTop || top + rowH > box.scrollTop + box.clientHeight) {
        box.scrollTop = Math.max(0, top - box.clientHeight / 2);
        this._listScroll = box.scrollTop;
      }
    });
  }

  /** Colour slot (1…PALETTE) per source id, kept for the element's life: a source added or removed never repaints the others. */
  private slots = new Map<string, number>();
  private slotsFor: Source[] | undefined;
  private colorCache: [Source[] | undefined, SourceColors] = [undefined, {}];

  private slotMap(): Map<string, number> {
    const sources = this.timeline?.sources;
    if (this.slotsFor === sources) return this.slots;
    this.slotsFor = sources;
    const present = (sources ?? []).map((s) => s?.id).filter((id): id is string => typeof id === 'string');
    // A new source takes the colour fewest present sources use (the lowest first): the first load gets 1, 2, 3… in order.
    const uses = new Array<number>(PALETTE + 1).fill(0);
    for (const id of present) {
      const slot = this.slots.get(id);
      if (slot !== undefined) uses[slot]!++;
    }
    for (const id of present) {
      if (this.slots.has(id)) continue;
      let best = 1;
      for (let k = 2; k <= PALETTE; k++) if (uses[k]! < uses[best]!) best = k;
      this.slots.set(id, best);
      uses[best]!++;
    }
    return this.slots;
  }

  /** Same object while the sources are the same, so panels bound to it do not re-render per frame. */
  private sourceColors(): SourceColors {
    const sources = this.timeline?.sources;
    if (this.colorCache[0] !== sources) {
      // No prototype: a source id such as "__proto__" or a mention of "toString" must find nothing inherited.
      const out: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [id, slot] of this.slotMap()) out[id] = `var(--_s${slot})`;
      this.colorCache = [sources, out];
    }
    return this.colorCache[1];
  }

  private hiddenSourceList: [ReadonlySet<string>, string[]] = [new Set(), []];

  private hiddenSourceIds(): string[] {
    if (this.hiddenSourceList[0] !== this._hiddenSources) this.hiddenSourceList = [this._hiddenSources, [...this._hiddenSources]];
    return this.hiddenSourceList[1];
  }

  private sourceSlot(sourceId: string | undefined): number {
    return (sourceId !== undefined && this.slotMap().get(sourceId)) || 0;
  }

  // ---- rendering -------------------------------------------------------------------------

  private geometry(): { laneH: number; rows: number; head: number } {
    const lanes = this.index.lanes.length;
    const area = Math.max(0, this.size.height - AXIS);
    const laneH = area / lanes;
    const head = this.lanes === 'source' ? LANE_HEAD : 0;
    return { laneH, rows: Math.max(1, Math.floor((laneH - head - 2) / ROW)), head };
  }

  /** Crowded views are drawn as density and clusters; long events seen up close do not count. */
  private isDense(): boolean {
    // Past this many, DOM marks cost more per frame than they can show (labels no longer fit anyway).
    const limit = Math.min(150, Math.max(40, (this.size.width / 8) * this.index.lanes.length));
    return this.classes.narrow > limit;
  }

  /** Long events are laid out as marks when few; many (years seen by days) become one group per lane. */
  private wideAsMarks(): boolean {
    return this.classes.wide.length <= WIDE_MARKS;
  }

  /** The events to lay out as DOM marks in a sparse view, in time order. */
  private sparseIndices(): number[] {
    const wideOk = this.wideAsMarks();
    const limit = (this.view.t1 - this.view.t0) / 2;
    const out: number[] = [];
    const w = this.listWin;
    for (let r = 0; r < w.length; r++) {
      const i = rowIndex(w, r);
      if (wideOk || this.index.end[i]! - this.index.start[i]! < limit) out.push(i);
    }
    return out;
  }

  override render(): TemplateResult {
    const ix = this.index;
    const t = this.timeline;
    const dense = this.isDense();
    const { laneH, rows, head } = this.geometry();
    const view = this.view;
    const marks = view.width > 0 ? (dense ? this.denseMarks() : layoutMarks(ix, this.sparseIndices(), view, rows, CHAR_W)) : [];
    const wideGroups = view.width > 0 && !dense && !this.wideAsMarks() ? this.wideGroups() : [];
    const clusters = view.width > 0 && dense ? this.clusterCache() : [];
    const activeIdx = this.activeIndex();
    const tabStop = marks.some((m) => m.i === activeIdx) ? activeIdx : marks[0]?.i ?? -1;
    const selectedIdx = this.selectedIndex();
    const selected = selectedIdx >= 0 ? ix.events[selectedIdx]! : null;
    const minHeight = ix.lanes.length * (2 * ROW + head + 6) + AXIS;
    return html`
      ${this.renderMessage()}
      <div class="toolbar" part="toolbar" role="toolbar" aria-label="Timeline controls">
        <button part="zoom-out" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoom.zoomBy(0.5)} ?disabled=${this.zoom.transform.k <= 1}>−</button>
        <button part="zoom-in" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoom.zoomBy(2)} ?disabled=${this.zoom.transform.k >= this.zoom.kMax}>+</button>
        <button part="fit" title="Show every event (0)" @click=${() => this.fit()}>Fit all</button>
        <span class="range" part="range">${t ? this.rangeText() : this.loader.loading ? 'Loading…' : ''}</span>
        <button part="list-toggle" aria-pressed=${this._listOpen ? 'true' : 'false'} @click=${() => (this._listOpen = !this._listOpen)}>List</button>
        <span class="panels">
          <et-search .query=${this._query} @et-filter=${(e: EtEvent<'et-filter'>) => (this._query = e.detail.query)}></et-search>
          ${t && t.sources.length > 1
            ? html`<et-source-toggles
                .sources=${t.sources}
                .hiddenSources=${this.hiddenSourceIds()}
                .colors=${this.sourceColors()}
                @et-toggle-source=${this.onToggleSource}
                @et-remove-source=${(e: EtEvent<'et-remove-source'>) => void this.removeLocal(e.detail.id)}
                @et-view-source=${this.onViewSource}
              ></et-source-toggles>`
            : nothing}
          ${this.hiddenIds.hidden.size ? html`<et-hidden-list .events=${this.hiddenEvents()} @et-restore=${(e: EtEvent<'et-restore'>) => this.hiddenIds.restore(e.detail.id)}></et-hidden-list>` : nothing}
          <et-export-menu .timeline=${this.shownTimeline()} filename="timeline" @et-exported=${(e: EtEvent<'et-exported'>) => (this._announce = `Exported ${e.detail.filename}`)}></et-export-menu>
        </span>
      </div>
      <div class="plot" part="plot" style=${styleProps({ 'min-height': `${minHeight}px` })} tabindex=${tabStop < 0 ? '0' : '-1'} aria-label=${tabStop < 0 ? `Timeline, no events in view. ${ix.events.length ? 'Press Home for the first event.' : ''}` : nothing} role=${tabStop < 0 ? 'group' : nothing} @keydown=${this.onKeydown}>
        ${repeat(ix.lanes, (l) => l.id, (l, li) => html`<div class="lane" aria-hidden="true" style=${styleProps({ top: `${li * laneH}px`, height: `${laneH}px` })}>${this.lanes === 'source' ? html`<span class="lane-label">${l.label}</span>` : nothing}</div>`)}
        ${this.renderGrid()}
        <canvas class="density" aria-hidden="true"></canvas>
        <div class="marks" role="group" aria-label=${`Events, ${this.rangeText()}. Arrow keys move between events, Enter selects, plus and minus zoom.`}>
          ${clusters.map((c) => html`<button
            class="cluster" part="cluster" tabindex="-1"
            style=${styleProps({ left: `${c.x}px`, top: `${c.lane * laneH + head + 2 + (rows > 1 ? ROW : 0)}px`, '--c': this.lanes === 'source' ? `var(--_s${this.sourceSlot(ix.lanes[c.lane]?.id)})` : 'var(--_mark)' })}
            aria-label=${`${c.count.toLocaleString('en')} events, ${formatIso(isoDate(c.t0, 'day'))} to ${formatIso(isoDate(c.t1 - 1, 'day'))}; zoom in`}
            @click=${() => this.zoom.showDomain(c.t0 - (c.t1 - c.t0) * 0.1, c.t1 + (c.t1 - c.t0) * 0.1)}
          >${compact(c.count)}</button>`)}
          ${wideGroups.map((g) => html`<button
            class="cluster wide" part="cluster" tabindex="-1"
            style=${styleProps({ left: `${view.width / 2}px`, top: `${g.lane * laneH + head + 2 + (rows - 1) * ROW}px` })}
            aria-label=${`${g.count.toLocaleString('en')} long events (months or years) span this view; show them in the list`}
            @click=${() => (this._listOpen = true)}
          >${compact(g.count)} spanning this view</button>`)}
          ${this.lanes === 'source' ? this.renderEchoes(marks, laneH, head, rows) : nothing}
          ${repeat(marks, (m) => ix.events[m.i]!.id, (m) => this.renderMark(m, laneH, head, m.i === tabStop, m.i === selectedIdx))}
        </div>
        ${svg`<svg class="axis" part="axis" aria-hidden="true">${this.renderAxis()}</svg>`}
        ${this.renderTooltip(laneH, head, marks)}
        ${t && !ix.events.length ? html`<div class="empty-view">${this.emptyText()}</div>` : nothing}
      </div>
      <div class="overview" part="overview" aria-hidden="true">
        <canvas></canvas>
        ${this.renderBrush()}
      </div>
      <div class="below container">
        <div class=${`below ${selected && this._listOpen ? 'both' : ''}`}>
          ${this._listOpen ? this.renderList(selectedIdx) : nothing}
          <div part="detail" ?hidden=${!selected && !this._sourceId}>
            ${selected
              ? html`<et-detail
                  .event=${selected}
                  .sources=${t?.sources ?? []}
                  .colors=${this.sourceColors()}
                  exportparts="panel: detail-panel"
                  @et-close=${() => this.selectIndex(-1, false)}
                  @et-hide=${this.onHide}
                  @et-view-source=${this.onViewSource}
                  @et-goto=${this.onGoto}
                ></et-detail>`
              : nothing}
            ${this._sourceId
              ? html`<et-source-view
                  .source=${t?.sources.find((s) => s.id === this._sourceId) ?? null}
                  .events=${ix.events}
                  .activeId=${this._selectedId}
                  @et-goto=${this.onGoto}
                  @et-close-source=${() => (this._sourceId = null)}
                ></et-source-view>`
              : nothing}
          </div>
        </div>
        <et-add-source .busy=${this.local.busy} .problems=${this.local.problems} .dragging=${this.drop.dragging} @et-add-source=${(e: EtEvent<'et-add-source'>) => void this.addLocal(e.detail.inputs, e.detail.errors)}></et-add-source>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announce}</div>
    `;
  }

  private wideGroups(): { lane: number; count: number }[] {
    const counts = new Map<number, number>();
    for (const i of this.classes.wide) counts.set(this.index.lane[i]!, (counts.get(this.index.lane[i]!) ?? 0) + 1);
    return [...counts].map(([lane, count]) => ({ lane, count }));
  }

  private onToggleSource = (e: EtEvent<'et-toggle-source'>): void => {
    const next = new Set(this._hiddenSources);
    if (e.detail.visible) next.delete(e.detail.id);
    else next.add(e.detail.id);
    this._hiddenSources = next;
  };

  private onHide = (e: EtEvent<'et-hide'>): void => {
    if (this._selectedId === e.detail.id) this.selectIndex(-1, false);
    this.hiddenIds.hide(e.detail.id);
    this._announce = 'Event hidden; restore it from the hidden list';
    this.requestUpdate();
  };

  private onGoto = (e: EtEvent<'et-goto'>): void => {
    const i = this.index.byId.get(e.detail.id);
    if (i === undefined) return;
    this.selectIndex(i, true);
  };

  private hiddenEvents(): TimelineEvent[] {
    const hidden = this.hiddenIds.hidden;
    return (this.timeline?.events ?? []).filter((e) => drawable(e) && hidden.has(e.id));
  }

  /** The timeline as shown (filters applied), for export. */
  private shown: [TimelineIndex | null, Timeline | null] = [null, null];

  private shownTimeline(): Timeline | null {
    const t = this.timeline;
    if (!t) return null;
    if (this.index.events.length === this.index.total && this.index.invalid.length === 0) return t;
    if (this.shown[0] !== this.index) this.shown = [this.index, { ...t, events: this.index.events }];
    return this.shown[1];
  }

  private emptyText(): string {
    const ix = this.index;
    if (ix.total === 0) return 'No dated events in this timeline.';
    return `No event matches${this._query ? ` “${this._query}”` : ' the filters'}.`;
  }

  private renderMessage(): TemplateResult | typeof nothing {
    const l = this.loader;
    const t = this.timeline;
    const lines: string[] = [];
    if (l.error) lines.push(l.error);
    if (l.slow && l.loading) lines.push(`Still loading the timeline from ${l.src && l.src.length > 120 ? `${l.src.slice(0, 100)}…` : l.src}: the server is slow or not answering. Check the URL, or wait.`);
    const invalid = this.index.invalid.length;
    if (l.problems.length) {
      const shown = l.problems.slice(0, 5);
      lines.push(...shown.map((p) => `Some data was left out: ${p}.`));
      if (l.problems.length > shown.length) lines.push(`…and ${(l.problems.length - shown.length).toLocaleString('en')} more problems.`);
    }
    if (invalid) {
      const examples = this.index.invalid.slice(0, 3).map((e: Partial<TimelineEvent> | null) => `“${quoted(e?.title, 60)}” (${quoted(e?.start, 30)}${e?.end ? ` – ${quoted(e.end, 30)}` : ''})`);
      lines.push(`${invalid.toLocaleString('en')} ${invalid === 1 ? 'event has a date' : 'events have dates'} that cannot be read (a real ISO 8601 date such as 2017-07-08 is expected) and ${invalid === 1 ? 'is' : 'are'} not shown: ${examples.join(', ')}${invalid > 3 ? ', …' : ''}.`);
    }
    if (t && t.events.length === 0 && !l.error) lines.push('This timeline has no events yet: add sources with dated sentences.');
    const diagnostics = this.allDiagnostics(t);
    if (!lines.length && !diagnostics.length) return nothing;
    return html`<div part="message" class=${l.error ? 'error' : ''} role=${l.error ? 'alert' : 'status'}>
      ${lines.length === 1 ? lines[0] : lines.length ? html`<ul>${lines.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
      ${diagnostics.length ? html`<et-messages .diagnostics=${diagnostics} .errors=${[]}></et-messages>` : nothing}
    </div>`;
  }

  private diagnosticsCache: [readonly Diagnostic[] | undefined, readonly Diagnostic[], Diagnostic[]] = [undefined, [], []];

  /** The timeline's and the local sources' problems, the same array while they are the same (no re-render of the list per frame). */
  private allDiagnostics(t: Timeline | null): Diagnostic[] {
    const [d, p] = [t?.diagnostics, this.local.problems];
    if (this.diagnosticsCache[0] !== d || this.diagnosticsCache[1] !== p) this.diagnosticsCache = [d, p, [...(d ?? []), ...p]];
    return this.diagnosticsCache[2];
  }

  private denseMarks(): MarkBox[] {
    // In a crowded view only the keyboard's current event and the selected one stay as DOM marks.
    const out: MarkBox[] = [];
    for (const i of new Set([this.activeIndex(), this.selectedIndex()])) {
      if (i < 0 || !this.isVisible(i)) continue;
      const a = xOf(this.view, this.index.start[i]!);
      const b = xOf(this.view, this.index.end[i]!);
      const band = b - a >= 12;
      const gx0 = band ? a : (a + b) / 2 - 6;
      const gx1 = band ? b : gx0 + 12;
      out.push({ i, lane: this.index.lane[i]!, row: 0, gx0, gx1, band, lx: band ? Math.max(a, 0) + 4 : gx1 + 3, lw: Math.min(240, shownTitle(this.index.events[i]!.title).length * CHAR_W + 4) });
    }
    return out;
  }

  /**
   * With a lane per source, an event several sources report is drawn in its first source's lane and
   * echoed (faintly, not focusable) in the other sources' lanes, so each lane shows all it reported.
   */
  private renderEchoes(marks: MarkBox[], laneH: number, head: number, rows: number): TemplateResult[] {
    const laneOf = new Map(this.index.lanes.map((l, i) => [l.id, i]));
    const out: TemplateResult[] = [];
    for (const m of marks) {
      if (this.index.sourceCount[m.i]! < 2) continue;
      const seen = new Set<number>([m.lane]);
      for (const mention of this.index.events[m.i]!.mentions) {
        const lane = laneOf.get(mention?.source);
        if (lane === undefined || seen.has(lane)) continue;
        seen.add(lane);
        out.push(html`<span class=${`echo ${m.band ? 'band' : 'dot'}`} aria-hidden="true" style=${styleProps({
          left: `${Math.max(m.gx0, -40)}px`,
          width: `${Math.max(12, Math.min(m.gx1, this.view.width + 40) - Math.max(m.gx0, -40))}px`,
          top: `${lane * laneH + head + 2 + (rows - 1) * ROW + 5}px`,
          '--c': `var(--_s${this.sourceSlot(mention.source)})`,
        })}></span>`);
      }
    }
    return out;
  }

  private markInfos: ({ cls: string; label: string; slot: number } | undefined)[] = [];
  private markInfoIndex: TimelineIndex | null = null;

  /** What does not move with the view (classes, accessible name, colour), computed once per event and index. */
  private markInfo(i: number): { cls: string; label: string; slot: number } {
    const ix = this.index;
    if (this.markInfoIndex !== ix) {
      this.markInfoIndex = ix;
      this.markInfos = [];
    }
    let info = this.markInfos[i];
    if (!info) {
      const e = ix.events[i]!;
      const f = ix.flags[i]!;
      const n = ix.sourceCount[i]!;
      const cls = [
        f & FUZZY ? 'fuzzy' : '',
        e.qualifier === 'before' || e.qualifier === 'after' ? e.qualifier : '',
        f & INFERRED ? 'inferred' : '',
        f & CONFLICT ? 'conflict' : '',
        n > 1 ? 'multi' : '',
        f & POINT ? 'point' : '',
      ].filter(Boolean);
      const label = `${formatEventDate(e)}: ${isolatedTitle(e.title)}${n > 1 ? `; reported by ${n} sources` : ''}${f & CONFLICT ? '; sources disagree on the date' : ''}${f & INFERRED ? '; date inferred from the narrative' : ''}`;
      info = { cls: cls.length ? ` ${cls.join(' ')}` : '', label, slot: this.sourceSlot(e.mentions?.[0]?.source) };
      this.markInfos[i] = info;
    }
    return info;
  }

  private renderMark(m: MarkBox, laneH: number, head: number, tabStop: boolean, selected: boolean): TemplateResult {
    const ix = this.index;
    const e = ix.events[m.i]!;
    const n = ix.sourceCount[m.i]!;
    const w = this.view.width;
    const gx0 = Math.max(m.gx0, -40);
    const gx1 = Math.min(m.gx1, w + 40);
    const left = m.lw ? Math.min(gx0, m.lx) : gx0;
    const right = Math.max(gx1, m.lw ? m.lx + m.lw : gx1);
    const info = this.markInfo(m.i);
    const cls = `mark ${m.band ? 'band' : 'dot'}${selected ? ' selected' : ''}${info.cls}`;
    const label = info.label;
    const slot = info.slot;
    return html`<button
      class=${cls}
      part="event"
      data-id=${e.id}
      tabindex=${tabStop ? '0' : '-1'}
      aria-label=${label}
      aria-current=${selected ? 'true' : 'false'}
      style=${styleProps({ left: `${left}px`, top: `${m.lane * laneH + head + 2 + m.row * ROW}px`, width: `${Math.max(12, right - left)}px`, '--c': this.lanes === 'source' || (this.timeline?.sources.length ?? 0) > 1 ? `var(--_s${slot})` : 'var(--_mark)' })}
      @click=${(e: MouseEvent) => this.onMarkClick(m.i, e.detail)}
      @focus=${() => {
        if (this.focusingMark) return;
        this._activeId = e.id;
        this._hover = m.i;
      }}
      @blur=${() => {
        // Blurred because this render removes it: the render that removes it already reset the hover.
        if (!this.focusingMark && !this.committing) this._hover = -1;
      }}
      @pointerenter=${() => (this._hover = m.i)}
      @pointerleave=${() => (this._hover = -1)}
    ><span class="glyph" style=${styleProps({ left: `${gx0 - left}px`, width: `${Math.max(12, gx1 - gx0)}px` })}></span>${m.lw
      ? html`<span class="label" style=${styleProps({ left: `${m.lx - left}px`, width: `${m.lw}px` })}><bdi>${shownTitle(e.title)}</bdi></span>`
      : nothing}</button>${n > 1
      ? html`<span class="badge" aria-hidden="true" title=${`${n} sources`} style=${styleProps({ left: `${gx1 - 5}px`, top: `${m.lane * laneH + head + m.row * ROW - 3}px` })}>${n}</span>`
      : nothing}`;
  }

  private renderTooltip(laneH: number, head: number, marks: MarkBox[]): TemplateResult | typeof nothing {
    const i = this._hover;
    if (i < 0 || i >= this.index.events.length || !this.isVisible(i)) return nothing;
    const e = this.index.events[i]!;
    const n = this.index.sourceCount[i]!;
    const f = this.index.flags[i]!;
    const w = this.view.width;
    const x = Math.min(Math.max(0, xOf(this.view, Math.max(this.view.t0, this.index.start[i]!))), Math.max(0, w - 240));
    // Below its mark's own row, or above it near the axis: never over the mark it is about.
    const markTop = this.index.lane[i]! * laneH + head + 2 + (marks.find((m) => m.i === i)?.row ?? 0) * ROW;
    const above = markTop + ROW + 70 > this.size.height - AXIS;
    const notes = [n > 1 ? `${n} sources` : n === 1 ? '1 source' : '', f & CONFLICT ? 'sources disagree on the date' : '', f & INFERRED ? 'date inferred' : '', f & FUZZY ? `${e.granularity}-level date` : ''].filter(Boolean);
    return html`<div class=${above ? 'tooltip above' : 'tooltip'} part="tooltip" role="tooltip" style=${styleProps({ left: `${x}px`, top: `${above ? markTop - 2 : markTop + ROW}px` })}>
      <strong><bdi>${shownTitle(e.title)}</bdi></strong>${formatEventDate(e)}${notes.length ? html` · ${notes.join(' · ')}` : nothing}
    </div>`;
  }

  private renderAxis(): TemplateResult[] {
    return this.ticks.map((tick) => {
      const x = xOf(this.view, tick.t);
      return svg`<g class=${tick.major ? 'tick major' : 'tick'} transform=${`translate(${x.toFixed(1)},0)`}><line y2="6"></line><text y="19" x="3">${tick.label}</text></g>`;
    });
  }

  private renderGrid(): TemplateResult[] {
    return this.ticks.map((tick) => html`<div class="gridline" aria-hidden="true" style=${styleProps({ left: `${xOf(this.view, tick.t).toFixed(1)}px` })}></div>`);
  }

  private renderBrush(): TemplateResult {
    const [f0, f1] = this.brush.extent();
    return html`<div class="brush" part="brush" style=${styleProps({ left: `${(f0 * 100).toFixed(3)}%`, width: `${((f1 - f0) * 100).toFixed(3)}%` })}>
      <span class="handle w"></span><span class="handle e"></span>
    </div>`;
  }

  private renderList(selectedIdx: number): TemplateResult {
    const w = this.listWin;
    const height = Math.max(240, this.listHeight, this.listSize.height);
    const rowH = this.listRow();
    const first = Math.max(0, Math.floor(this._listScroll / rowH) - 3);
    const last = Math.min(w.length, first + Math.ceil(height / rowH) + 8);
    const rows: number[] = [];
    for (let r = first; r < last; r++) rows.push(r);
    return html`<section class=${rowH === LIST_ROW ? 'list' : 'list stacked'} part="list" aria-label="Events in view" @keydown=${this.onListKeydown}>
      <h2 id="list-title">${this.rangeText()}</h2>
      <div class="list-scroll" @scroll=${this.onListScroll}>
        <ol aria-labelledby="list-title" style=${styleProps({ height: `${w.length * rowH}px` })}>
          ${repeat(rows, (r) => rowIndex(w, r), (r) => {
            const i = rowIndex(w, r);
            const e = this.index.events[i]!;
            return html`<li aria-setsize=${w.length} aria-posinset=${r + 1} style=${styleProps({ top: `${r * rowH}px` })}>
              <button aria-current=${i === selectedIdx ? 'true' : 'false'} @click=${() => (this.selectIndex(i, true), this.showDetail())}><span class="when">${formatEventDate(e)}</span><span class="what"><bdi>${listTitle(e.title)}</bdi></span></button>
            </li>`;
          })}
        </ol>
      </div>
    </section>`;
  }

  private plotKey: unknown[] = [];
  private plotDrawn = false;

  /** Redraws the plot's canvas only when the view or size changed, and leaves a blank canvas untouched (no upload per frame). */
  private drawPlot(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.density');
    if (!canvas) return;
    const key = [this.viewKey, this.size.height, this.lanes];
    if (key.every((v, i) => v === this.plotKey[i])) return;
    this.plotKey = key;
    const width = this.view.width;
    const dense = this.isDense();
    const wash = !dense && !this.wideAsMarks();
    if (!dense && !wash && !this.plotDrawn) return;
    const ctx = prepareCanvas(canvas, width, this.size.height);
    this.plotDrawn = false;
    if (!ctx || !width) return;
    const { laneH, head } = this.geometry();
    if (!dense) {
      if (wash) {
        this.plotDrawn = true;
        // Many long events up close: a soft wash over their extent, darker where more overlap.
        const colors = this.laneColors();
        ctx.globalAlpha = Math.min(0.2, 4 / this.classes.wide.length);
        for (const i of this.classes.wide) {
          const l = this.index.lane[i]!;
          const x0 = Math.max(0, xOf(this.view, this.index.start[i]!));
          const x1 = Math.min(width, xOf(this.view, this.index.end[i]!));
          ctx.fillStyle = colors[l % colors.length]!;
          ctx.fillRect(x0, l * laneH + head, x1 - x0, laneH - head);
        }
        ctx.globalAlpha = 1;
      }
      return;
    }
    this.plotDrawn = true;
    const binW = 3;
    const bins = density(this.index, this.listWin.before[0] ?? this.listWin.lo, this.listWin.hi, this.view, Math.ceil(width / binW));
    drawDensity(ctx, bins, binW, (l) => l * laneH + head, laneH - head, this.laneColors());
  }

  private colorKey: unknown[] = [];
  private colors: string[] = [];

  /** Canvas colours from the CSS custom properties; read once per lanes/theme, not per frame (a style recalc). */
  private laneColors(): string[] {
    const key = [this.index.lanes, this.lanes, globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches, this.getAttribute('style'), this.getAttribute('class')];
    if (key.some((v, i) => v !== this.colorKey[i])) {
      const style = getComputedStyle(this);
      this.colors =
        this.lanes !== 'source'
          ? [style.getPropertyValue('--_mark').trim() || '#0b5cad']
          : this.index.lanes.map((l) => style.getPropertyValue(`--_s${this.sourceSlot(l.id)}`).trim() || '#0b5cad');
      this.colorKey = key;
    }
    return this.colors;
  }

  private drawOverview(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.overview canvas');
    const box = this.renderRoot.querySelector<HTMLElement>('.overview');
    if (!canvas || !box) return;
    const width = this.size.width;
    const key = [this.index, width, this.zoom.b0, this.zoom.b1];
    if (key.every((v, i) => v === this.overviewKey[i])) return;
    this.overviewKey = key;
    const height = box.clientHeight || 36;
    const ctx = prepareCanvas(canvas, width, height);
    if (!ctx || !width) return;
    const binW = 2;
    const ix = this.index;
    const full: View = { t0: this.zoom.b0, t1: this.zoom.b1, width };
    const lanes = density({ ...ix, lane: new Uint16Array(ix.events.length), lanes: [ix.lanes[0]!] }, 0, ix.events.length, full, Math.ceil(width / binW));
    drawDensity(ctx, lanes, binW, () => 0, height, [getComputedStyle(this).getPropertyValue('--_muted').trim() || '#57606a']);
  }
}

/** Parses a zoomTo bound. */
function toMs(v: string | Date | number, atEnd: boolean): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.getTime() : null;
  return parseBound(v, atEnd);
}

/** A value from unchecked data quoted in a message: strings cut to `max`, anything else named by its type (String() may throw). */
function quoted(v: unknown, max: number): string {
  return typeof v === 'string' ? v.slice(0, max) : v === undefined ? 'none' : v === null ? 'null' : `a ${typeof v}`;
}

/** A row shows two lines at most: a title of thousands of characters is cut, or wrapping it would stall the page. */
function listTitle(title: unknown): string {
  const t = shownTitle(title);
  if (t.length <= 400) return t;
  const cut = /[\uD800-\uDBFF]/.test(t[399]!) ? 399 : 400;
  return `${t.slice(0, cut)}…`;
}

function compact(n: number): string {
  return n < 1000 ? String(n) : n < 10_000 ? `${(n / 1000).toFixed(1)}k` : `${Math.round(n / 1000)}k`;
}

export type { Source, Timeline, TimelineEvent };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
