import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/**
 * Base of our parsers, like chrono's own AbstractParserWithWordBoundaryChecking: the pattern only
 * matches at a word start, and `extract` sees the match without the boundary character.
 */
/** The characters that may not stand right before a match (the pattern's look-behind). */
const WORD_BEFORE = /[\w$£€'’]/;

export abstract class WordBoundaryParser implements Parser {
  abstract innerPattern(): RegExp;
  abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;

  /**
   * A cheap necessary condition for the pattern to match somewhere in `text` (`lower` is
   * `text.toLowerCase()`): false only when it cannot match. GatedChrono then skips the regex.
   */
  mayMatch?(text: string, lower: string): boolean;

  private cached?: RegExp;

  pattern(): RegExp {
    if (!this.cached) {
      const inner = this.innerPattern();
      this.cached = new RegExp(`(?<![\\w$£€'’])(?:${inner.source})(?![\\w]|-\\w)`, inner.flags.includes('i') ? inner.flags : inner.flags + 'i');
    }
    return this.cached;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // After a match it rejects, chrono searches again in the text cut one character on, where the
    // pattern's look-behind sees no character: "800 hours" inside "at 1800 hours". Check the whole text.
    const index = match.index ?? 0;
    if (index > 0 && WORD_BEFORE.test(context.text.charAt(index - 1))) return null;
    return this.innerExtract(context, match);
  }
}
