import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the keyboard focus inside the element when a re-render removes, moves or disables the
 * control that held it: a hidden event's detail, a closed panel, a removed source's button, the
 * last Restore button, a mark re-laid out. The browser would drop the focus on <body> and a
 * keyboard user would start again from the top of the page. The focus goes back to that control
 * when it is still there, else to `fallback`. Focus the reader moves (a click on the page, a Tab
 * out, another window) is left alone.
 */
export class FocusKeeper implements ReactiveController {
  /** The deepest focused node inside the host (through the panels' shadow roots), while it has focus. */
  private held: HTMLElement | null = null;
  private frame = 0;
  /** A press is being handled: a focus that goes nowhere now is the reader's click on plain page. */
  private pressing = false;
  private pressTimer: ReturnType<typeof setTimeout> | undefined;

  /** The focus was lost while the host wrote a render to the DOM (its node removed or moved). */
  private lostByRender = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where the focus goes when its control is gone; null when there is nowhere to go. */
    private readonly fallback: () => HTMLElement | null,
    /** True while the host writes a render to the DOM. */
    private readonly rendering: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('pointerdown', this.onPress, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('pointerdown', this.onPress, true);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.pressTimer);
    this.held = null;
  }

  /** After each render of the host: its panels render in the same task, so look one frame later. */
  hostUpdated(): void {
    if (this.held) this.schedule();
  }

  private readonly onPress = (): void => {
    this.pressing = true;
    clearTimeout(this.pressTimer);
    this.pressTimer = setTimeout(() => (this.pressing = false));
  };

  private readonly onFocusIn = (e: FocusEvent): void => {
    const target = e.composedPath()[0];
    this.held = target instanceof HTMLElement ? target : null;
    this.pressing = false;
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget;
    // Focus moved to another node: inside, focusin records it; outside, the reader took it away.
    if (to instanceof Node) {
      if (to !== this.host && !this.host.contains(to)) this.held = null;
      return;
    }
    // Focus went nowhere: the reader pressed on plain page, the page called blur(), or the node was
    // removed, moved or disabled.
    if (this.pressing) {
      this.held = null;
      return;
    }
    const target = e.composedPath()[0];
    const byRender = this.rendering();
    // Once the blur is over (a removal finishes before this runs): still in place and not moved by
    // the host's render means blurred on purpose, so forget it; else look for it after the frame.
    queueMicrotask(() => {
      if (!byRender && target instanceof Element && target.isConnected && this.held === target) {
        this.held = null;
        return;
      }
      this.lostByRender ||= byRender;
      this.schedule();
    });
  };

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.check());
  }

  private check(): void {
    const held = this.held;
    if (!held || !document.hasFocus()) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) {
      // Still focused inside, or the reader moved on: nothing was lost.
      if (active !== this.host) this.held = null;
      return;
    }
    this.held = null;
    const lostByRender = this.lostByRender;
    this.lostByRender = false;
    const usable = held.isConnected && !held.matches(':disabled') && held.checkVisibility();
    // Still there and usable, and not moved by a render: it was blurred on purpose (blur(), a click away).
    if (usable && !lostByRender) return;
    (usable ? held : this.fallback())?.focus({ preventScroll: true });
  }
}
