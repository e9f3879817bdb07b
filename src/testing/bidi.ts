/**
 * What in a sentence can still reorder the text around it: right-to-left letters and explicit
 * embeddings/overrides (U+202A–U+202E) that are not inside a bidi isolate (U+2066–U+2068 …
 * U+2069), and isolates left open. Empty when every outside value is isolated (UAX #9: text
 * outside an isolate is laid out as if the isolate were one neutral character).
 */
const OPEN = new Set(['\u2066', '\u2067', '\u2068']);
const CLOSE = '\u2069';
const LEAKS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u202a-\u202e]/u;

export function bidiLeaks(sentence: string): string[] {
  const leaks: string[] = [];
  let depth = 0;
  for (const char of sentence) {
    if (OPEN.has(char)) depth += 1;
    else if (char === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && LEAKS.test(char)) leaks.push(char);
  }
  if (depth > 0) leaks.push('unclosed isolate');
  return leaks;
}
