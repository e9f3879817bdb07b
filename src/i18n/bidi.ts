/**
 * Bidi isolation of text from outside (message fields, the address book, file names, what the
 * user typed, codes the service sent) before it is interpolated into a sentence: U+2068 FIRST
 * STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (Unicode UAX #9). Without it, a right-to-left
 * name such as "الخدمات الاجتماعية" pulls the words after it into its own direction and the
 * Swedish sentence reads in the wrong order; isolated, it is laid out on its own and the sentence
 * keeps its order. The marks are invisible and screen readers skip them.
 *
 * The rule (docs/architecture.md, "Texts (i18n)"): every `t()` value that comes from outside is
 * passed as isolate(value); our own texts, numbers and dates are not.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** A list of outside values, each isolated on its own: "a, b, c". */
export function isolateEach(texts: readonly string[], separator = ', '): string {
  return texts.map(isolate).join(separator);
}
