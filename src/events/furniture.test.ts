import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFurniture, isFurnitureGiven } from './furniture.ts';
import { tokenize, tokensMayHoldNeeded } from './tokens.ts';

/** The checks as plain case-insensitive patterns over the whole line: isFurniture must agree with them. */
function reference(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (t.length > 1000) return false;
  if (/\bcontributed (to )?(this )?(report|story|article)|\bcontributed reporting\b|\b(editing|reporting) by\b/i.test(t)
    || /[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?:\/\/|\bwww\.[\w-]{1,63}\./i.test(t)
    || /^(follow|send|leave|click|tap|subscribe|sign up|share|read more|read the|watch|contact|like us|join|download|visit|email|comment|listen|register|log in|continue reading|advertisement)\b/i.test(t)
    || /\b(font size|all rights reserved|copyright|©|licens(e|ing)|republish|reprint|newsletter|cookies?|privacy policy|terms of (use|service)|sponsored content|affiliate link|comments section)\b/i.test(t)
    || /\b(reuters|ap|afp|getty(?: images)?|epa|shutterstock|xinhua|anadolu)\s*\/|\b(photo|image|picture|video|file photo|credit|caption)s?\s*(:|\bby\b|\bcredit)|\(\s*photo\b/i.test(t)
    || /^(updated|published|posted|last modified|first published|filed)\b/i.test(t)) return true;
  if (/\blogo\b/i.test(t) && t.length < 120) return true;
  const sentenceLike = /[.!?]["”’)]*$/.test(t);
  if (!sentenceLike && t.length < 100 && (/^by\s+\p{Lu}/u.test(t) || /\b(reporter|correspondent|editor|contributor|columnist|staff writer|producer)\b/i.test(t))) return true;
  if (!sentenceLike) {
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^[\p{Lu}\p{N}"“‘]/u.test(w)).length;
    if (words.length <= 16 && capitalised >= Math.ceil(words.length * 0.6)) return true;
  }
  return false;
}

describe('isFurniture', () => {
  it('knows the lines around an article', () => {
    expect(isFurniture('Associated Press writer Mary Clare Jalonick contributed to this report.')).toBe(true);
    expect(isFurniture('Reporting by Ahmed Rasheed; Editing by Mark Heinrich')).toBe(true);
    expect(isFurniture('Photo: REUTERS/Alaa Al-Marjani')).toBe(true);
    expect(isFurniture('Follow us on Twitter for more.')).toBe(true);
    expect(isFurniture('Iraqi forces retook the city on Saturday after a nine-month battle.')).toBe(false);
  });

  it('agrees with the plain case-insensitive patterns on any line', () => {
    const piece = fc.constantFrom('Contributed to this report', 'All Rights Reserved', 'terms of use', 'Terms Of Service', 'reprints', 'Newsletter', 'cookie', 'font size', 'Sponsored Content', 'affiliate links', 'comments section', 'privacy policy', 'contributed reporting', 'Editing BY', 'by ', 'By Anna', 'www.', 'x@y.z', 'HTTPS://', 'Reuters/', 'AP /',
      'Photo: ', 'photos by', 'Caption', 'Copyright', '©', 'Licensing', 'Cookies', 'Logo', 'Updated ', 'Follow', 'Staff Writer', 'The army', ' retook ', 'the city', '.', '!', '?', '"', '”', '’', ')', ' ', 'İ', 'É', '2017', '\n',
      // Letters whose upper case is ASCII, and a Kelvin sign: the i flag must not match them to ASCII letters.
      'ı', 'ſ', '\u212a', 'LOGO', 'Sign Up', 'READ MORE', 'by the', 'Editor', 'www.X.com', 'ph', 'oto', '(', '/', '@', 'file Photos by',
      // Words that hold letters, capitals and digits of other scripts only, or open with quotes.
      'émile', 'Émile', '“Quote', '‘x', '²', '٣', '𝐀bc', '𝐚', '\u00a0', '\u2003', '- ', '42 ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (line) => {
      expect(isFurniture(line)).toBe(reference(line));
    }), { numRuns: Number(process.env.FURNITURE_RUNS ?? 3000) });
  });

  it('leaves out its scans only for lines whose words hold none of what they look for', () => {
    // The two scans isFurnitureGiven(line, false) leaves out, as isFurniture runs them.
    const scans = (t: string): boolean => /[@/©]/.test(t)
      || /\b(?:contributed|editing by|reporting by|www\.|font size|all rights|copyright|licens|republish|reprint|newsletter|cookie|privacy policy|terms of|sponsored content|affiliate link|comments section|photo|image|picture|video|credit|caption|logo)/i.test(t);
    const piece = fc.constantFrom('Contributed', 'contributed to this report', 'editing by', 'Editing  by', 'EDITING BY', 'reporting by', 'ReportingBy', 'www.', 'WWW', 'font size', 'fontsize', 'All Rights', 'call rights',
      'copyright', 'Licensed', 'republish', 'reprint', 'newsletter', 'Cookies', 'privacy policy', 'terms of', 'Terms of Use', 'sponsored content', 'affiliate link', 'comments section', 'photo', 'Photographer', 'image', 'picture',
      'video', 'credit', 'caption', 'logo', '@', '/', '©', 'by', 'of', 'size', 'rights', 'policy', 'content', 'link', 'section', 'all', 'terms', 'font', 'U.S.', 'e.g.', 'al-', '’s', "'", '-', '&', '.', ',', ':', ' ', '  ', '\n', '\t',
      '\u00a0', 'İ', 'ſ', '\u212a', 'é', '𝐀', '5', '3rd', '$5', 'x', 'Photo:', 'REUTERS/', 'The army retook the city.', 'Updated ', 'Follow');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (line) => {
      tokenize(line, 0, line.length, new Int32Array(0), 0, 0);
      const may = tokensMayHoldNeeded();
      if (!may) expect(scans(line)).toBe(false);
      expect(isFurnitureGiven(line, may)).toBe(isFurniture(line));
    }), { numRuns: Number(process.env.FURNITURE_RUNS ?? 3000) });
  });
});
