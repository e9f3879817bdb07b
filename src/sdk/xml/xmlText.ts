/**
 * Text handling for XML 1.0: which characters may appear at all, escaping for output and
 * entity decoding for input. Kept apart from the message mapping so every value we write or
 * read goes through the same few functions.
 */

/**
 * Characters that XML 1.0 forbids in a document even as character references (§2.2 Char):
 * C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; and UTF-16 surrogates without a partner.
 */
// Matching control characters is the point of this pattern.
// oxlint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a forbidden character becomes: visible in the filed copy, one character for one. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** True when `text` holds a character that XML 1.0 cannot carry. */
export function hasNonXmlCharacters(text: string): boolean {
  NOT_XML_CHAR.lastIndex = 0;
  const found = NOT_XML_CHAR.test(text);
  NOT_XML_CHAR.lastIndex = 0;
  return found;
}

/**
 * Replaces every character XML 1.0 cannot carry with U+FFFD. The length in code points stays
 * the same, so length limits checked before and after agree.
 */
export function toXmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHAR, REPLACEMENT_CHARACTER);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR would be turned into LF by every XML parser (§2.11); a reference survives.
  '\r': '&#xD;',
};

/**
 * Escapes text for element content or a quoted attribute value. `>` is always escaped, so
 * `]]>` can never end up in the output; forbidden characters are replaced first.
 */
export function escapeXml(text: string): string {
  return toXmlCharacters(text).replace(/[&<>"'\r]/g, (ch) => ESCAPES[ch] ?? ch);
}

/** XML's own whitespace (§2.3 S): what normalize-space() strips. Not NBSP and friends. */
export function isXmlBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || /^[ \t\r\n]*$/.test(text);
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the predefined entities and character references of XML (&amp; &#13; &#x1F600;).
 * Any other entity reference is an error: without a DTD (which we refuse) it is undefined.
 */
export function decodeXmlEntities(text: string): { value: string } | { error: string } {
  let error: string | undefined;
  const value = text.replace(/&([^;&\s]*);?/g, (match: string, name: string) => {
    if (!match.endsWith(';')) {
      error ??= `"&" without a complete reference near "${match.slice(0, 20)}"`;
      return match;
    }
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
      const ch = code <= 0x10ffff ? String.fromCodePoint(code) : '';
      if (ch === '' || hasNonXmlCharacters(ch)) {
        error ??= `character reference &${name}; is not a character XML allows`;
        return match;
      }
      return ch;
    }
    error ??= `undefined entity &${name};`;
    return match;
  });
  return error === undefined ? { value } : { error };
}
