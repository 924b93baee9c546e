/**
 * What search compares: lower case, accents and other marks dropped ("Lévy" → "levy"), and every
 * run of characters that are not letters or digits one space ("al-Abadi", "Mosul’s" → "al abadi",
 * "mosul s"). A reader typing "al abadi", "levy" or "mosuls" finds what the article spells otherwise.
 */
export function searchKey(text: string): string {
  return ` ${text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The terms of a query, each to be found in the text's key (in any order): "abadi mosul" finds
 * "Haider al-Abadi travels to Mosul". Empty when the query holds no letter or digit.
 */
export function searchTerms(query: string): string[] {
  const key = searchKey(query).trim();
  return key === '' ? [] : key.split(' ');
}

/** Whether every term occurs in `key` (a searchKey), each as the start of a word ("mos" finds "Mosul", "sul" does not). */
export function matchesTerms(key: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!key.includes(` ${term}`)) return false;
  return true;
}
