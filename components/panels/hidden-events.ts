import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJson, writeJson } from './storage.ts';

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The events a reader hid as wrong, kept per page and timeline in localStorage. Storage that is
 * missing, full or corrupt only means the list lives for this page view.
 */
export class HiddenEventsController implements ReactiveController {
  private ids = new Set<string>();
  private loadedKey: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string,
  ) {
    host.addController(this);
  }

  get hidden(): ReadonlySet<string> {
    this.sync();
    return this.ids;
  }

  hostConnected(): void {
    this.sync();
  }

  /** Re-reads storage when the key changed (the element's src or id did). */
  hostUpdate(): void {
    this.sync();
  }

  hide(id: string): void {
    this.sync();
    if (this.ids.has(id)) return;
    this.ids = new Set(this.ids).add(id);
    this.save();
  }

  restore(id: string): void {
    this.sync();
    if (!this.ids.has(id)) return;
    const next = new Set(this.ids);
    next.delete(id);
    this.ids = next;
    this.save();
  }

  restoreAll(): void {
    this.ids = new Set();
    this.save();
  }

  private storageKey(): string {
    return `${this.key()}:hidden`;
  }

  private sync(): void {
    const key = this.storageKey();
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.ids = new Set(readJson(key, isIdList, []));
  }

  private save(): void {
    writeJson(this.storageKey(), [...this.ids]);
    this.host.requestUpdate();
  }
}
