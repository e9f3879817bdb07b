/**
 * Free-text search of the list, forgiving about case and diacritics: "aldreomsorg" finds
 * "Äldreomsorg", "malmo" finds "Malmö". Every word of the query must occur somewhere.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized ? normalized.split(' ') : [];
}

/** `haystack` must already be normalised (normalizeForSearch). */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
