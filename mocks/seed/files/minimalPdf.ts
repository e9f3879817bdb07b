/**
 * A small, valid one-page PDF (PDF 1.4, Helvetica, WinAnsi text) built in code, so the seed
 * can carry real attachments without binary files in the repository. Byte offsets in the
 * cross-reference table are computed, so strict readers open it without repair.
 */

export interface PdfText {
  title: string;
  lines?: readonly string[];
}

/** The PDF as a binary string (one char = one byte). */
export function minimalPdf({ title, lines = [] }: PdfText): string {
  const content = [
    'BT',
    '/F1 16 Tf',
    '56 780 Td',
    `(${pdfString(title)}) Tj`,
    '/F1 11 Tf',
    '16 TL',
    'T*',
    ...lines.flatMap((line) => ['T*', `(${pdfString(line)}) Tj`]),
    'ET',
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];

  // %âãÏÓ after the header marks the file as binary for transfer tools, per the PDF spec's advice.
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return pdf;
}

export function minimalPdfBase64(text: PdfText): string {
  return btoa(minimalPdf(text));
}

/** Latin-1 text in a PDF literal string: escape delimiters, replace what WinAnsi cannot show. */
function pdfString(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch === '(' || ch === ')' || ch === '\\') return `\\${ch}`;
      if (ch === '–' || ch === '—') return '-';
      return ch.charCodeAt(0) <= 0xff ? ch : '?';
    })
    .join('');
}
