/**
 * Smallest PDFs that are what they say: one empty A4 page (a PDF with no text layer, as a scan without OCR is to
 * a text reader), the same page behind the standard security handler with a password nobody gave, or a page that
 * shows `text` (a PDF string's bytes, in Helvetica).
 */
export function minimalPdf({ encrypted = false, text }: { encrypted?: boolean; text?: string } = {}): Buffer {
  const content = text === undefined ? null : `BT /F1 16 Tf 72 700 Td (${text}) Tj ET`;
  const page = content === null ? '' : ' /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R';
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${page} >>`];
  if (content !== null) objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // /O and /U that no password (not even the empty one) opens
  if (encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  const encryptRef = objects.length;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<00112233445566778899aabbccddeeff>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypted ? ` /Encrypt ${encryptRef} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
