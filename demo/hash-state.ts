/** The demo page's view and selection, kept in the URL hash so that a link restores them. */
export interface ViewState {
  /** Visible range, ISO 8601. */
  start?: string;
  end?: string;
  /** Id of the selected event. */
  event?: string;
}

/** Reads `#start=…&end=…&event=…`; unknown keys and invalid dates are ignored. */
export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ViewState = {};
  const start = params.get('start');
  const end = params.get('end');
  if (start && end && isDate(start) && isDate(end) && Date.parse(start) < Date.parse(end)) {
    state.start = start;
    state.end = end;
  }
  const event = params.get('event');
  if (event) state.event = event;
  return state;
}

export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.start && state.end) {
    params.set('start', state.start);
    params.set('end', state.end);
  }
  if (state.event) params.set('event', state.event);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** A zoom boundary as the element reports it (Date, ms or ISO text) as ISO 8601, or undefined. */
export function toIso(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'number' || typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}

function isDate(text: string): boolean {
  return !Number.isNaN(Date.parse(text));
}
