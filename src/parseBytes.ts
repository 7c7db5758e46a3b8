/**
 * One file's bytes → its parse, whatever the format: a PDF is read off its pages (pdf.js, loaded only when a PDF
 * comes), anything else is decoded as text. The one entry point of `parse`, `convert` and `index`.
 */
import { InputError, sha256Hex, sourceFromBytes } from './read/readSource.js';
import { isPdf } from './read/pdfSignature.js';
import { parseSource, type ParseOutcome } from './parse.js';
import type { SourceFormat } from './types.js';

export interface BytesOutcome extends ParseOutcome {
  /** Characters decoding replaced (U+FFFD), for `--check`. */
  replaced: number;
}

export async function parseBytes(path: string, bytes: Uint8Array, format?: SourceFormat): Promise<BytesOutcome> {
  if (format === 'pdf' || (format === undefined && isPdf(bytes))) {
    if (bytes.length === 0) throw new InputError(path, 'file is empty');
    const { pdfLines, PdfReadError } = await import('./blocks/pdf/pdfLines.js');
    let pdf;
    try {
      pdf = await pdfLines(bytes);
    } catch (err) {
      if (err instanceof PdfReadError) throw new InputError(path, err.message);
      throw err;
    }
    const warnings = pdf.unreadable ? [{ code: 'pdf-unreadable-text', message: `${Math.round(pdf.unreadable * 100)}% of the characters map to no text (a font without a ToUnicode map): those parts may read as garbage`, line: null }] : [];
    return { ...parseSource({ text: pdf.text, path, sha256: sha256Hex(bytes), encoding: 'pdf', format: 'pdf', pdf, warnings }), replaced: 0 };
  }
  const src = sourceFromBytes(path, bytes);
  return { ...parseSource({ text: src.text, path, sha256: src.sha256, encoding: src.encoding, warnings: src.warnings, format }), replaced: src.replaced };
}
