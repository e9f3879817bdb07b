// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, escapeXml, isXmlBlank, toXmlCharacters } from './xmlText';

describe('xmlText', () => {
  it('escapes markup characters and CR; never leaves "]]>" or a raw "<"', () => {
    expect(escapeXml(`<a href="x">'&'</a> ]]> \r\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; ]]&gt; &#xD;\n');
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD, one for one, and keeps everything else', () => {
    expect(toXmlCharacters('a\u0000b\u001Bc\uFFFEd\uD83De\uDE00f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    expect(toXmlCharacters('tab\tLF\nCR\r 😀 \u202E \u0085 \u00A0')).toBe('tab\tLF\nCR\r 😀 \u202E \u0085 \u00A0');
  });

  it('decodes predefined entities and character references; refuses undefined ones and forbidden characters', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;&#xD;')).toEqual({ value: `<>&"'A😀\r` });
    expect(decodeXmlEntities('&amp;lt;')).toEqual({ value: '&lt;' });
    expect(decodeXmlEntities('&nbsp;')).toEqual({ error: 'undefined entity &nbsp;' });
    expect(decodeXmlEntities('&#0;')).toMatchObject({ error: expect.stringContaining('not a character XML allows') });
    expect(decodeXmlEntities('&#xD800;')).toMatchObject({ error: expect.stringContaining('not a character XML allows') });
    expect(decodeXmlEntities('a & b')).toMatchObject({ error: expect.stringContaining('without a complete reference') });
  });

  it('counts only XML whitespace as blank (what normalize-space strips)', () => {
    expect(isXmlBlank(' \t\r\n')).toBe(true);
    expect(isXmlBlank(undefined)).toBe(true);
    expect(isXmlBlank('\u00A0')).toBe(false);
  });
});
