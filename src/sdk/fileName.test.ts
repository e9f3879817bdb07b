import { describe, expect, it } from 'vitest';
import { displayFileName, FALLBACK_FILE_NAME, MAX_FILE_NAME_LENGTH, safeFileName } from './fileName';

/** What no safe name may contain: separators, controls, bidi and invisible format characters. */
// oxlint-disable-next-line no-control-regex -- looking for control characters on purpose
const UNSAFE = /[/\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff:*?"<>|]/;

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Beslut om insats.pdf', 'application/pdf')).toBe('Beslut om insats.pdf');
    expect(safeFileName('Frånvarokartläggning åk 9.pdf', 'application/pdf')).toBe('Frånvarokartläggning åk 9.pdf');
    expect(safeFileName('foto.PNG', 'image/png')).toBe('foto.png');
    expect(safeFileName('bild.jpeg', 'image/jpeg')).toBe('bild.jpeg');
  });

  it('turns path traversal into a plain name', () => {
    expect(safeFileName('../../etc/passwd', '')).toBe('etc_passwd');
    expect(safeFileName('..\\..\\Windows\\system.ini', 'text/plain')).toBe('Windows_system_ini.txt');
    expect(safeFileName('a\\b.pdf', 'application/pdf')).toBe('a_b.pdf');
    expect(safeFileName('a/b/c/../d.png', 'image/png')).toBe('a_b_c_d.png');
    expect(safeFileName('C:\\temp\\x.pdf', 'application/pdf')).toBe('C_temp_x.pdf');
  });

  it('removes bidi overrides and isolates, so the name shows what the file is', () => {
    // Displayed as "exe.jpg" by the override; it is an .exe.
    expect(safeFileName('\u202Egpj.exe', '')).toBe('gpj.exe');
    // Claimed to be an image: it gets the image's extension and the .exe stays visible.
    expect(safeFileName('\u202Egpj.exe', 'image/jpeg')).toBe('gpj_exe.jpg');
    expect(safeFileName('rapport\u2066\u200F.pdf\u2069', 'application/pdf')).toBe('rapport.pdf');
    expect(safeFileName('\u200Eintyg\u200B.pdf', 'application/pdf')).toBe('intyg.pdf');
  });

  it('removes control characters', () => {
    expect(safeFileName('re\u0000po\u0007rt\n.pdf', 'application/pdf')).toBe('report.pdf');
    expect(safeFileName('\u0085\u009bx.pdf', 'application/pdf')).toBe('x.pdf');
  });

  it('never gives a Windows device name', () => {
    expect(safeFileName('CON', 'application/pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul.txt', 'text/plain')).toBe('_nul.txt');
    expect(safeFileName('LPT1.pdf', 'application/pdf')).toBe('_LPT1.pdf');
    expect(safeFileName('com9 .pdf', 'application/pdf')).toBe('_com9.pdf');
    expect(safeFileName('Console.pdf', 'application/pdf')).toBe('Console.pdf');
  });

  it('removes leading dots and trailing dots and spaces', () => {
    expect(safeFileName('   .pdf', 'application/pdf')).toBe('bilaga.pdf');
    expect(safeFileName('.bashrc', 'text/plain')).toBe('bashrc.txt');
    expect(safeFileName('...hidden.pdf', 'application/pdf')).toBe('hidden.pdf');
    expect(safeFileName('anteckning. . .', 'text/plain')).toBe('anteckning.txt');
  });

  it('adds the extension of the content type when the name lacks it or claims another', () => {
    expect(safeFileName('rapport', 'application/pdf')).toBe('rapport.pdf');
    expect(safeFileName('invoice.pdf.exe', 'application/pdf')).toBe('invoice.pdf_exe.pdf');
    expect(safeFileName('Beslut v2.0 slutlig', 'application/pdf')).toBe('Beslut v2.0 slutlig.pdf');
    expect(safeFileName('data.bin', 'application/x-unknown')).toBe('data.bin');
    expect(safeFileName('skannat', 'Application/PDF; name=x')).toBe('skannat.pdf');
  });

  it('falls back to "bilaga" when nothing usable is left', () => {
    expect(safeFileName('', '')).toBe(FALLBACK_FILE_NAME);
    expect(safeFileName(undefined, undefined)).toBe('bilaga');
    expect(safeFileName('\u202E\u0000', 'application/pdf')).toBe('bilaga.pdf');
    expect(safeFileName('...', 'image/png')).toBe('bilaga.png');
  });

  it('limits the length and keeps the extension and whole emoji', () => {
    const long = safeFileName(`${'x'.repeat(500)}.pdf`, 'application/pdf');
    expect(long.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('x.pdf')).toBe(true);
    const emoji = safeFileName(`${'😀'.repeat(200)}.pdf`, 'application/pdf');
    expect(emoji.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(emoji).toMatch(/^(😀)+\.pdf$/u);
    expect(safeFileName('📄 Beslut 🎉.pdf', 'application/pdf')).toBe('📄 Beslut 🎉.pdf');
  });

  it('gives a name without unsafe characters for a hostile corpus', () => {
    const corpus = [
      '../../etc/passwd',
      '..\\..\\boot.ini',
      '\u202Egpj.exe',
      '\u2067x\u2069.pdf',
      'a:b*c?d"e<f>g|h.pdf',
      'CON',
      'con.',
      '   .pdf',
      '\u0000\u0001\u001f',
      'x'.repeat(1000),
      '\ud83d',
      'evil\u2215slash.pdf',
      '%2e%2e%2fetc',
      '.',
      '..',
      '   ',
    ];
    const verdicts = corpus.map((name) => {
      const safe = safeFileName(name, 'application/pdf');
      return {
        name,
        unsafeCharacters: UNSAFE.test(safe),
        dotsOrSpacesAtEdges: /^[.\s]|[.\s]$|\.\./.test(safe),
        tooLong: safe.length > MAX_FILE_NAME_LENGTH,
        pdfExtension: safe.endsWith('.pdf'),
      };
    });
    expect(verdicts).toEqual(
      corpus.map((name) => ({ name, unsafeCharacters: false, dotsOrSpacesAtEdges: false, tooLong: false, pdfExtension: true })),
    );
  });
});

describe('displayFileName', () => {
  it('shows the name as sent, without the characters that disguise it', () => {
    expect(displayFileName('\u202Egpj.exe')).toBe('gpj.exe');
    expect(displayFileName('../rapport\u0000 2026.pdf')).toBe('../rapport 2026.pdf');
    expect(displayFileName(undefined)).toBe('');
  });
});
