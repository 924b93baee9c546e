import type { Parser, ParsingContext } from 'chrono-node';

/**
 * chrono's SlashDateFormatParser with its commonest refusal first: "1.5", "3-2", "7.25" (no year,
 * no slash) make its `extract` return nothing, but only after it has built a regex from a string
 * and scanned the whole text before the match. Its pattern is
 * `([^\d]|^)(\d\d?)[/.-](\d\d?)(?:[/.-](\d{4}|\d{2}))?(\W|$)`; without group 4 the text it reads is
 * group 2, the separator, group 3, and it gives up when that holds no "/". Anything else goes to chrono.
 */
export class SlashDateShortcut implements Parser {
  constructor(readonly inner: Parser) {}

  pattern(context: ParsingContext): RegExp {
    return this.inner.pattern(context);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    if (match[4] === undefined && match[0].charCodeAt((match[1] ?? '').length + (match[2] ?? '').length) !== 47 /* / */) return null;
    return this.inner.extract(context, match);
  }
}
