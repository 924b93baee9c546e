import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotationOf } from '../annotation.ts';

/** Words that make a day or month into a name ("Black Monday", "Bloody Sunday", "Super Tuesday"). */
const NAME_BEFORE = /\b(?:Black|Bloody|Super|Cyber|Good|Palm|Ash|Holy|Maundy|Blue|Giving|Manic|Easter|Theresa|Brian|Karl|Jim|Anna|Lisa)\s*['`"’]?\s*$/;

const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|on|in|last|next|this|early|late|mid|since|until|by|from|before|after|during|through|and|or|to|at|of|the|every|each|said|says)$/i;

/** A headline in title case ("Iraqi Forces Retake Mosul Saturday After Long Battle"). */
function isTitleCase(text: string): boolean {
  const words = text.match(/[A-Za-z]+/g) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length > 0.6;
}

/**
 * Drops a lone weekday or month that is part of a proper name: "Bloody Sunday", "Black Monday",
 * "the Sunday Times", "Theresa May", "Super Tuesday": a known name word right before, or "the
 * Sunday Times" shape (the/a name, the day, a capitalised word).
 */
export class ENProperNameFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (annotationOf(r.start)) return true;
      const text = r.text.trim();
      if (!/^(?:on\s+)?[A-Z][a-z]+$/.test(text)) return true;
      const c = r.start;
      const lone = (c.isCertain('weekday') && !c.isCertain('day')) || (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year'));
      if (!lone) return true;
      const before = context.text.slice(Math.max(0, r.index - 20), r.index);
      // "Black Monday", and possessive names: "the Women's March".
      const prevIsName = NAME_BEFORE.test(before) || /\b[A-Z][a-z]*['’]s\s+$/.test(before);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 40);
      const next = /^\s+([A-Z][\w'’-]*)/.exec(after);
      // A capitalised word after it makes a name only when "the" or another capitalised word comes
      // before ("the Sunday Times"), and not in a title-case headline; "On Tuesday Apple said" is a date.
      const prevWord = /([A-Za-z][\w'’-]*)\s+$/.exec(context.text.slice(Math.max(0, r.index - 24), r.index))?.[1] ?? '';
      const namePosition = /^the$/i.test(prevWord) || (/^[A-Z]/.test(prevWord) && !CALENDAR_WORD.test(prevWord));
      const nextIsName = !!next && namePosition && !isTitleCase(context.text) && !CALENDAR_WORD.test(next[1] ?? '') && !/^(?:I|UTC|GMT|EST|EDT|PST|PDT|CET|BST)$/.test(next[1] ?? '');
      return !(prevIsName || nextIsName);
    });
  }
}
