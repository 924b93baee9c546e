import { Chrono, ParsingComponents, ParsingContext, ParsingResult, type ParsedResult, type Parser, type ParsingOption, type ParsingReference, type Refiner } from 'chrono-node';
import { narrativeOf } from './context.ts';
import { cuesOf } from './cues.ts';
import { GatedParser } from './parsers/GatedParser.ts';

/**
 * chrono's `parse`, minus work that cannot change its results: a gated parser whose cue is missing
 * is not run at all (its pattern would match nothing), and an empty result list is not handed to
 * the refiners (each of ours and chrono's returns an empty list unchanged). A parser may also
 * say cheaply that its pattern cannot match (`mayMatch`, see WordBoundaryParser): then no regex runs. Most sentences open a
 * few of the 40 parsers, and about a quarter of them yield nothing.
 */
export class GatedChrono extends Chrono {
  constructor(configuration: { parsers: Parser[]; refiners: Refiner[] }) {
    super(configuration);
  }

  override parse(text: string, referenceDate?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, referenceDate, option);
    const plan = this.planFor(narrativeOf(context).cues ?? cuesOf(text));
    let lower: string | undefined;
    let results: ParsingResult[] = [];
    for (let k = 0; k < plan.length; k++) {
      const { parser, filtered } = plan[k]!;
      if (filtered) {
        lower ??= text.toLowerCase();
        if (!parser.mayMatch!(text, lower)) continue;
      }
      execute(context, parser, results);
    }
    if (results.length === 0) return results;
    // Stable, as chrono's: results of equal index stay in parser order.
    results.sort(byIndex);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }

  /** Plans by cue set: a few hundred sets occur; the parsers list is public, so a change to it drops them. */
  private plans = new Map<number, Step[]>();
  private plannedFor: Parser[] = [];
  private plannedLength = 0;

  /** The parsers (unwrapped from their gates) whose gate these cues open, in configuration order. */
  private planFor(cues: number): Step[] {
    if (this.plannedFor !== this.parsers || this.plannedLength !== this.parsers.length) {
      this.plans.clear();
      this.plannedFor = this.parsers;
      this.plannedLength = this.parsers.length;
    }
    let plan = this.plans.get(cues);
    if (plan === undefined) {
      plan = [];
      for (const parser of this.parsers) {
        if (!(parser instanceof GatedParser)) plan.push({ parser, filtered: false });
        else if ((cues & parser.cue) !== 0) {
          const inner = parser.inner as Prefiltered;
          plan.push({ parser: inner, filtered: !!inner.mayMatch });
        }
      }
      if (this.plans.size < 4096) this.plans.set(cues, plan);
    }
    return plan;
  }
}

const byIndex = (a: ParsingResult, b: ParsingResult): number => a.index - b.index;

type Prefiltered = Parser & { mayMatch?(text: string, lower: string): boolean };
/** A parser to run on a sentence, and whether its cheap `mayMatch` test comes first (gated parsers only). */
interface Step {
  readonly parser: Prefiltered;
  readonly filtered: boolean;
}

/** chrono's `Chrono.executeParser` (2.10): each match after the first is searched in the text left after the previous one. */
function execute(context: ParsingContext, parser: Parser, results: ParsingResult[]): void {
  const pattern = parser.pattern(context);
  const originalText = context.text;
  let remainingText = originalText;
  let match = pattern.exec(remainingText);
  while (match) {
    const index = match.index + originalText.length - remainingText.length;
    match.index = index;
    const result = parser.extract(context, match);
    if (!result) {
      remainingText = originalText.substring(match.index + 1);
      match = pattern.exec(remainingText);
      continue;
    }
    let parsed: ParsingResult;
    if (result instanceof ParsingResult) parsed = result;
    else if (result instanceof ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else parsed = context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    remainingText = originalText.substring(parsed.index + parsed.text.length);
    match = pattern.exec(remainingText);
  }
}
