import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '../../src/model.ts';
import { emit, type LocalSourceInput } from './contract.ts';

/** What to do with the files read from a drop. */
export type OnDropped = (inputs: LocalSourceInput[], errors: Diagnostic[]) => void;

/**
 * Accepts .md/.txt files dropped anywhere on the host element (listeners on the host only,
 * never on window or document) and hands them to `onDropped`, or, without one, reports them as
 * `et-add-source` from the host. `dragging` is true while files hover, for a drop hint.
 */
export class DropController implements ReactiveController {
  dragging = false;
  private depth = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onDropped?: OnDropped,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragenter', this.onDragEnter);
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragenter', this.onDragEnter);
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
    this.setDragging(false);
  }

  private hasFiles(e: DragEvent): boolean {
    return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  }

  private setDragging(on: boolean): void {
    if (!on) this.depth = 0;
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }

  private readonly onDragEnter = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    this.depth++;
    this.setDragging(true);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  private readonly onDragLeave = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.setDragging(false);
  };

  private readonly onDrop = (e: DragEvent): void => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    this.setDragging(false);
    const files = e.dataTransfer ? Array.from(e.dataTransfer.files) : [];
    if (files.length === 0) return;
    // The file reader comes in the add-source chunk, not with the first view.
    void import('./read-files.ts').then(({ readFiles }) => readFiles(files)).then(({ inputs, errors }) => {
      if (!inputs.length && !errors.length) return;
      if (this.onDropped) this.onDropped(inputs, errors);
      else emit(this.host, 'et-add-source', { inputs, errors });
    });
  };
}
