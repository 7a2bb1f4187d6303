/** What a search box entry most likely is, so the query uses the right index. */
export type SearchKind = 'creditCodePrefix' | 'latin' | 'chinese';

/**
 * Classifies a query: digits-led codes of 2+ characters are credit-code prefixes; letters only are
 * pinyin or initials ("ldkj", "longde"); anything else is matched against the Chinese names.
 */
export function classifySearch(query: string): SearchKind {
  const text = query.trim();
  if (/^[0-9][0-9A-Za-z]+$/.test(text)) return 'creditCodePrefix';
  if (/^[A-Za-z]+$/.test(text)) return 'latin';
  return 'chinese';
}

/** Adjacent character pairs of a text: what a 2-character query matches against. */
export function bigrams(text: string): string[] {
  const characters = [...text.replace(/\s+/g, '')];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < characters.length; i += 1) pairs.add(`${characters[i]}${characters[i + 1]}`);
  return [...pairs];
}
