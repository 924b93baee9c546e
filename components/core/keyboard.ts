/** What a key does in the timeline: the whole keyboard map in one place. */
export type KeyAction =
  | { kind: 'move'; by: number }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; by: number }
  | { kind: 'fit' }
  | { kind: 'close' };

export function keyAction(e: KeyboardEvent): KeyAction | null {
  // With Ctrl or Cmd the keys are the browser's (Ctrl+0 resets the page zoom a reader set).
  if (e.altKey || e.metaKey || e.ctrlKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return e.shiftKey ? { kind: 'pan', by: 0.25 } : { kind: 'move', by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return e.shiftKey ? { kind: 'pan', by: -0.25 } : { kind: 'move', by: -1 };
    case 'PageDown':
      return { kind: 'pan', by: 0.8 };
    case 'PageUp':
      return { kind: 'pan', by: -0.8 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'fit' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return null;
  }
}
