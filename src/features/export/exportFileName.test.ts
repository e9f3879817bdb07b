import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('uses the label, else the message id, and always ends in .xml', () => {
    expect(exportFileName('Kallelse till SIP-möte', 'id-1')).toBe('Kallelse till SIP-möte.xml');
    expect(exportFileName('  ', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b')).toBe('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b.xml');
    expect(exportFileName('Protokoll v2.pdf', 'x')).toBe('Protokoll v2_pdf.xml');
  });

  it('cannot be turned into a path, a hidden file or a misleading name', () => {
    const name = exportFileName('../../etc/passwd\u202Egpj.exe\u0007', 'x');
    expect(name.endsWith('.xml')).toBe(true);
    for (const unsafe of ['/', '\\', '\u202E', '\u0007']) expect(name).not.toContain(unsafe);
    expect(name.startsWith('.')).toBe(false);
    expect(exportFileName('x'.repeat(500), 'x').length).toBeLessThanOrEqual(120);
  });
});
