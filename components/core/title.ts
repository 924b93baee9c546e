/** How an event's title is shown and named, whatever the data holds. */

/** Nothing a reader can see: spaces, zero-width characters, bidi controls. */
const BLANK = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*$/;
/** Characters that change the direction of the text around them: bidi controls and right-to-left letters. */
const BIDI = /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/** The title as shown: a blank one (an empty string, spaces, invisible characters) reads "(untitled event)". */
export function shownTitle(title: unknown): string {
  // Not a string (data drawn before its check): nothing to show, and String() might throw.
  const t = typeof title === 'string' ? title : '';
  return BLANK.test(t) ? '(untitled event)' : t;
}

/**
 * The title for a sentence that goes on after it (an accessible name, an announcement): one that
 * holds right-to-left text or bidi controls is wrapped in first-strong isolate marks (FSI … PDI),
 * so an override inside it cannot reverse the date or the words around it.
 */
export function isolatedTitle(title: unknown): string {
  const t = shownTitle(title);
  return BIDI.test(t) ? `\u2068${t}\u2069` : t;
}
