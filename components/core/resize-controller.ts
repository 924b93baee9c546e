import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The size of one node of the host, from its own ResizeObserver (one per node, no window listener). */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | null = null;
  private node: Element | null = null;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  observe(node: Element): void {
    if (this.node === node) return;
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w === this.width && h === this.height) return;
      this.width = w;
      this.height = h;
      this.host.requestUpdate();
    });
    if (this.node) this.observer.unobserve(this.node);
    this.node = node;
    // The first size comes from the observer's first callback, after layout and before paint: no
    // frame is drawn at width 0, and the host is not asked to update from inside an update.
    this.observer.observe(node);
  }

  hostConnected(): void {
    if (this.node && this.observer) this.observer.observe(this.node);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
