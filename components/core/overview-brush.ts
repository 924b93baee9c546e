import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoomController } from './zoom-controller.ts';

/**
 * The overview strip's brush: drag its body to pan, its edges to resize, or press elsewhere on the
 * strip to move the view there. It only ever calls the zoom controller, so the transform stays the
 * one source of truth (listeners on the strip itself, pointer capture while dragging).
 */
export class OverviewBrush implements ReactiveController {
  private node: HTMLElement | null = null;
  private drag: { mode: 'move' | 'w' | 'e'; startX: number; f0: number; f1: number } | null = null;

  constructor(
    host: ReactiveControllerHost,
    private zoom: ZoomController,
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

  attach(node: HTMLElement): void {
    if (this.node === node) return;
    this.detach();
    this.node = node;
    node.addEventListener('pointerdown', this.onDown);
    node.addEventListener('pointermove', this.onMove);
    node.addEventListener('pointerup', this.onUp);
    node.addEventListener('pointercancel', this.onUp);
  }

  detach(): void {
    if (!this.node) return;
    this.node.removeEventListener('pointerdown', this.onDown);
    this.node.removeEventListener('pointermove', this.onMove);
    this.node.removeEventListener('pointerup', this.onUp);
    this.node.removeEventListener('pointercancel', this.onUp);
    this.node = null;
  }

  /** The brush's extent as fractions of the strip (the strip shows the whole zoomable range). */
  extent(): [number, number] {
    const { k, x } = this.zoom.transform;
    return [-x / k, (1 - x) / k];
  }

  private setExtent(f0: number, f1: number): void {
    const z = this.zoom;
    const span = z.b1 - z.b0;
    z.showDomain(z.b0 + f0 * span, z.b0 + f1 * span);
  }

  private frac(clientX: number): number {
    const r = this.node!.getBoundingClientRect();
    return r.width ? Math.min(1, Math.max(0, (clientX - r.left) / r.width)) : 0;
  }

  private onDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.preventDefault();
    const target = e.target as Element;
    const handle = target.closest?.('.handle');
    let [f0, f1] = this.extent();
    let mode: 'move' | 'w' | 'e' = 'move';
    if (handle) mode = handle.classList.contains('w') ? 'w' : 'e';
    else if (!target.closest?.('.brush')) {
      // Jump: centre the brush on the pressed point, then keep dragging it.
      const w = f1 - f0;
      const c = this.frac(e.clientX);
      f0 = Math.max(0, Math.min(1 - w, c - w / 2));
      f1 = f0 + w;
      this.setExtent(f0, f1);
    }
    this.drag = { mode, startX: e.clientX, f0, f1 };
    try {
      this.node!.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic pointers cannot be captured.
    }
  };

  private onMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d) return;
    const r = this.node!.getBoundingClientRect();
    const df = r.width ? (e.clientX - d.startX) / r.width : 0;
    const minW = 0.002;
    if (d.mode === 'move') {
      const w = d.f1 - d.f0;
      const f0 = Math.max(0, Math.min(1 - w, d.f0 + df));
      this.setExtent(f0, f0 + w);
    } else if (d.mode === 'w') {
      this.setExtent(Math.max(0, Math.min(d.f1 - minW, d.f0 + df)), d.f1);
    } else {
      this.setExtent(d.f0, Math.min(1, Math.max(d.f0 + minW, d.f1 + df)));
    }
  };

  private onUp = (): void => {
    this.drag = null;
  };
}
