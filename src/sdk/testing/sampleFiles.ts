/**
 * The first bytes of real file formats, for tests of type detection and attachments. Only the
 * signatures matter; the rest is filler.
 */
const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

export const sampleBytes = {
  pdf: text('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  png: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89),
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0),
  /** "MZ" DOS header of a Windows program. */
  exe: (() => {
    const b = new Uint8Array(256);
    b[0] = 0x4d;
    b[1] = 0x5a;
    return b;
  })(),
  text: text('Hej!\nHär kommer underlaget till mötet.\n'),
} as const;

/** A File with the given bytes (Uint8Array parts are copied, so callers may reuse them). */
export function sampleFile(name: string, content: Uint8Array | string, type = ''): File {
  const part = typeof content === 'string' ? content : content.slice();
  return new File([part], name, { type, lastModified: 1_700_000_000_000 });
}
