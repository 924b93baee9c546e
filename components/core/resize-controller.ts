import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The size of one node of the host, from its own ResizeObserver (one per element, no window listener). */
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
    this.observer.observe(node);
    // Measure now so the first frame already has the right size.
    const r = node.getBoundingClientRect();
    this.width = Math.round(r.width);
    this.height = Math.round(r.height);
  }

  hostConnected(): void {
    if (this.node && this.observer) this.observer.observe(this.node);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
