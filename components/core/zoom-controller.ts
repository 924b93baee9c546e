import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Ms } from './time.ts';

/**
 * A d3-zoom style transform over the unit interval: a time t with u = (t - b0) / (b1 - b0) is drawn
 * at width * (k * u + x). Kept in unit terms so a resize never moves what is on screen.
 */
export interface ZoomTransform {
  k: number;
  x: number;
}

/** The narrowest view: one hour, so hours are the finest ticks. */
const MIN_SPAN: Ms = 3_600_000;

/**
 * Zoom and pan for one element: wheel, drag, pinch and double-click on the node it is attached to
 * (no global listeners), with limits that keep the view inside the data so no one gets lost.
 * The transform is the single source of truth for what is on screen. d3-zoom would cost 17 KB gzip
 * of the 35 KB budget (d3-transition, d3-drag, d3-interpolate), so this is the same model, smaller.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = { k: 1, x: 0 };
  b0: Ms = 0;
  b1: Ms = 1;
  private node: HTMLElement | null = null;
  private pointers = new Map<number, { x: number; y: number }>();
  private gesture: { startX: number; moved: boolean; pinch?: { dist: number; k: number; x: number; mid: number } } | null = null;
  private suppressClick = false;

  constructor(
    private host: ReactiveControllerHost,
    private onChange: () => void,
  ) {
    host.addController(this);
  }

  /** The node listened to before the host was removed, listened to again when it comes back. */
  private parked: HTMLElement | null = null;

  hostConnected(): void {
    const node = this.parked;
    this.parked = null;
    if (node) this.attach(node);
  }

  hostDisconnected(): void {
    this.parked = this.node;
    this.detach();
  }

  get kMax(): number {
    return Math.max(1, (this.b1 - this.b0) / MIN_SPAN);
  }

  /** Sets the time range the fully zoomed-out view shows, keeping the visible domain if it still fits. */
  setBase(b0: Ms, b1: Ms): void {
    if (!(b1 > b0)) b1 = b0 + MIN_SPAN;
    const [v0, v1] = this.visibleDomain();
    this.b0 = b0;
    this.b1 = b1;
    this.showDomain(v0, v1, false);
  }

  visibleDomain(): [Ms, Ms] {
    const { k, x } = this.transform;
    const span = this.b1 - this.b0;
    return [this.b0 + (-x / k) * span, this.b0 + ((1 - x) / k) * span];
  }

  /** Fraction of the width (0..1) where time t is drawn. */
  fraction(t: Ms): number {
    return this.transform.k * ((t - this.b0) / (this.b1 - this.b0)) + this.transform.x;
  }

  timeAt(fraction: number): Ms {
    const { k, x } = this.transform;
    return this.b0 + ((fraction - x) / k) * (this.b1 - this.b0);
  }

  private constrain(t: ZoomTransform): ZoomTransform {
    const k = Math.min(this.kMax, Math.max(1, Number.isFinite(t.k) ? t.k : 1));
    const x = Math.min(0, Math.max(1 - k, Number.isFinite(t.x) ? t.x : 0));
    return { k, x };
  }

  setTransform(t: ZoomTransform, notify = true): void {
    const next = this.constrain(t);
    if (next.k === this.transform.k && next.x === this.transform.x) return;
    this.transform = next;
    if (notify) this.onChange();
    this.host.requestUpdate();
  }

  /** Zooms by `factor` keeping the time under `at` (fraction of the width) in place. */
  zoomBy(factor: number, at = 0.5): void {
    const { k, x } = this.transform;
    const k2 = Math.min(this.kMax, Math.max(1, k * factor));
    const u = (at - x) / k;
    this.setTransform({ k: k2, x: at - u * k2 });
  }

  /** Pans by a fraction of the visible width (positive moves later in time into view). */
  panBy(fraction: number): void {
    this.setTransform({ k: this.transform.k, x: this.transform.x - fraction });
  }

  /** Shows [t0, t1] (clamped to the limits). */
  showDomain(t0: Ms, t1: Ms, notify = true): void {
    const span = this.b1 - this.b0;
    // Closer than the closest zoom: the hour around the range's middle (a k past kMax, clamped, would shift x elsewhere).
    if (!(t1 - t0 >= MIN_SPAN)) {
      const c = t1 > t0 ? (t0 + t1) / 2 : Number.isFinite(t0) ? t0 : this.b0;
      t0 = c - MIN_SPAN / 2;
      t1 = c + MIN_SPAN / 2;
    }
    const k = span / (t1 - t0);
    const x = (-k * (t0 - this.b0)) / span;
    this.setTransform({ k, x }, notify);
  }

  /** Centres time t keeping the zoom level. */
  centreOn(t: Ms): void {
    const f = this.fraction(t);
    this.panBy(f - 0.5);
  }

  attach(node: HTMLElement): void {
    if (this.node === node) return;
    this.detach();
    this.node = node;
    node.addEventListener('wheel', this.onWheel, { passive: false });
    node.addEventListener('pointerdown', this.onPointerDown);
    node.addEventListener('pointermove', this.onPointerMove);
    node.addEventListener('pointerup', this.onPointerUp);
    node.addEventListener('pointercancel', this.onPointerUp);
    node.addEventListener('dblclick', this.onDblClick);
    node.addEventListener('click', this.onClickCapture, true);
  }

  detach(): void {
    const node = this.node;
    if (!node) return;
    node.removeEventListener('wheel', this.onWheel);
    node.removeEventListener('pointerdown', this.onPointerDown);
    node.removeEventListener('pointermove', this.onPointerMove);
    node.removeEventListener('pointerup', this.onPointerUp);
    node.removeEventListener('pointercancel', this.onPointerUp);
    node.removeEventListener('dblclick', this.onDblClick);
    node.removeEventListener('click', this.onClickCapture, true);
    this.node = null;
  }

  private fractionOf(clientX: number): number {
    const r = this.node!.getBoundingClientRect();
    return r.width ? (clientX - r.left) / r.width : 0.5;
  }

  private onWheel = (e: WheelEvent): void => {
    const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) {
      e.preventDefault();
      const d = Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.deltaY;
      const width = this.node!.getBoundingClientRect().width || 1;
      this.panBy((d * (e.deltaMode === 1 ? 20 : 1)) / width);
      return;
    }
    const factor = Math.pow(2, -e.deltaY * unit * (e.ctrlKey ? 10 : 1));
    const { k } = this.transform;
    // At a zoom limit the wheel scrolls the page, so a reader scrolling past the timeline goes on
    // (a touchpad pinch, ctrl + wheel, is kept from zooming the page itself).
    if (!e.ctrlKey && (factor < 1 ? k <= 1 : k >= this.kMax)) return;
    e.preventDefault();
    this.zoomBy(factor, this.fractionOf(e.clientX));
  };

  private onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    this.suppressClick = false;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size > 1) this.capture(e.pointerId);
    if (this.pointers.size === 1) {
      this.gesture = { startX: e.clientX, moved: false };
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.gesture = {
        startX: e.clientX,
        moved: true,
        pinch: { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, k: this.transform.k, x: this.transform.x, mid: this.fractionOf((a.x + b.x) / 2) },
      };
    }
  };

  private onPointerMove = (e: PointerEvent): void => {
    const last = this.pointers.get(e.pointerId);
    if (!last || !this.gesture) return;
    const width = this.node!.getBoundingClientRect().width || 1;
    const dx = e.clientX - last.x;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const pinch = this.gesture.pinch;
    if (pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const ratio = Math.hypot(a.x - b.x, a.y - b.y) / pinch.dist;
      const mid = this.fractionOf((a.x + b.x) / 2);
      const k2 = Math.min(this.kMax, Math.max(1, pinch.k * ratio));
      const u = (pinch.mid - pinch.x) / pinch.k;
      this.setTransform({ k: k2, x: mid - u * k2 });
      return;
    }
    if (!this.gesture.moved && Math.abs(e.clientX - this.gesture.startX) < 4) return;
    if (!this.gesture.moved) {
      // Capture only once it is a drag: capturing at pointerdown would retarget the click away from a mark.
      for (const id of this.pointers.keys()) this.capture(id);
    }
    this.gesture.moved = true;
    this.setTransform({ k: this.transform.k, x: this.transform.x + dx / width });
  };

  private capture(id: number): void {
    try {
      if (!this.node!.hasPointerCapture(id)) this.node!.setPointerCapture(id);
    } catch {
      // Synthetic pointers cannot be captured; the gesture still works while over the node.
    }
  }

  private onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    if (this.gesture?.moved) this.suppressClick = true;
    if (this.pointers.size === 0) this.gesture = null;
    else if (this.gesture) this.gesture.pinch = undefined;
  };

  private onClickCapture = (e: MouseEvent): void => {
    // A drag ends with a click on whatever is under the pointer; it must not select it.
    if (this.suppressClick) {
      this.suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    }
  };

  private onDblClick = (e: MouseEvent): void => {
    if ((e.target as Element | null)?.closest?.('button')) return;
    this.zoomBy(e.shiftKey ? 0.5 : 2, this.fractionOf(e.clientX));
  };
}
