import { describe, expect, it } from 'vitest';
import { fileExtension, looksLikePlainText, resolveFileType, sniffFileType, typeFromFileName } from './fileSniffing';
import { sampleBytes } from './testing/sampleFiles';

describe('sniffFileType', () => {
  it('finds PDF, PNG, JPEG and Windows programs by their signatures', async () => {
    expect(await sniffFileType(sampleBytes.pdf)).toEqual({ mime: 'application/pdf', by: 'signature' });
    expect(await sniffFileType(sampleBytes.png)).toEqual({ mime: 'image/png', by: 'signature' });
    expect(await sniffFileType(sampleBytes.jpeg)).toEqual({ mime: 'image/jpeg', by: 'signature' });
    expect(await sniffFileType(sampleBytes.exe)).toEqual({ mime: 'application/x-msdownload', by: 'signature' });
  });

  it('recognises plain text in UTF-8 and in Latin-1 (å ä ö as single bytes)', async () => {
    expect(await sniffFileType(new TextEncoder().encode('Hej!\r\nÅsa på äventyr\tö\n'))).toEqual({ mime: 'text/plain', by: 'text' });
    expect(await sniffFileType(new Uint8Array([0x48, 0x65, 0x6a, 0x20, 0xe5, 0xe4, 0xf6, 0x0a]))).toEqual({ mime: 'text/plain', by: 'text' });
  });

  it('gives null for unknown binary content and for nothing at all', async () => {
    expect(await sniffFileType(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x99, 0x00]))).toBeNull();
    expect(await sniffFileType(new Uint8Array(0))).toBeNull();
  });
});

describe('looksLikePlainText', () => {
  it('rejects NUL bytes and runs of control characters', () => {
    expect(looksLikePlainText(new TextEncoder().encode('abc\u0000def'))).toBe(false);
    expect(looksLikePlainText(new Uint8Array(2000).fill(0x41).fill(0x02, 0, 10))).toBe(false);
    expect(looksLikePlainText(new Uint8Array(2000).fill(0x41).fill(0x02, 0, 1))).toBe(true);
  });
});

describe('file names', () => {
  it('reads the extension case-insensitively and ignores leading dots and paths', () => {
    expect(fileExtension('Kallelse.PDF')).toBe('pdf');
    expect(fileExtension('arkiv.tar.gz')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('noext')).toBe('');
    expect(fileExtension('C:\\temp\\x.Png')).toBe('png');
    expect(typeFromFileName('bild.jpg')).toBe('image/jpeg');
    expect(typeFromFileName('okänd.xyz')).toBeNull();
  });
});

describe('resolveFileType', () => {
  it('sends what the bytes show and flags a PDF named .png', () => {
    expect(resolveFileType('intyg.png', 'image/png', { mime: 'application/pdf', by: 'signature' })).toEqual({
      contentType: 'application/pdf',
      detectedType: 'application/pdf',
      claimedType: 'image/png',
      mismatch: { kind: 'extension', extension: 'png', claimed: 'image/png', detected: 'application/pdf' },
    });
  });

  it('accepts a matching file without a warning, whatever the alias', () => {
    expect(resolveFileType('foto.JPG', 'image/jpg', { mime: 'image/jpeg', by: 'signature' })).toMatchObject({ contentType: 'image/jpeg', mismatch: null });
    expect(resolveFileType('a.pdf', '', { mime: 'application/pdf', by: 'signature' })).toMatchObject({ contentType: 'application/pdf', mismatch: null });
  });

  it('keeps the specific type of a compatible container or text format', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(resolveFileType('beslut.docx', '', { mime: 'application/zip', by: 'signature' })).toMatchObject({ contentType: docx, mismatch: null });
    expect(resolveFileType('lista.csv', 'text/csv', { mime: 'text/plain', by: 'text' })).toMatchObject({ contentType: 'text/csv', mismatch: null });
  });

  it('flags a declared type that disagrees with the bytes when the name says nothing', () => {
    expect(resolveFileType('skanning', 'image/png', { mime: 'application/pdf', by: 'signature' })).toMatchObject({
      contentType: 'application/pdf',
      mismatch: { kind: 'declared', claimed: 'image/png', detected: 'application/pdf' },
    });
  });

  it('flags a binary format name whose bytes show nothing known, and keeps the claimed type', () => {
    expect(resolveFileType('rapport.pdf', 'application/pdf', null)).toEqual({
      contentType: 'application/pdf',
      detectedType: null,
      claimedType: 'application/pdf',
      mismatch: { kind: 'unrecognised', extension: 'pdf', claimed: 'application/pdf' },
    });
  });

  it('falls back to application/octet-stream when nothing is known', () => {
    expect(resolveFileType('data.bin', '', null)).toMatchObject({ contentType: 'application/octet-stream', mismatch: null });
  });
});
