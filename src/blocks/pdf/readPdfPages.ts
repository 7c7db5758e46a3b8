/**
 * A PDF's text, page by page, through pdf.js (pdfjs-dist 5.x, legacy build for Node): each page's text runs with
 * position and size. Pages are read one at a time and released, so a long gazette does not sit in memory whole.
 * CMaps and standard font data ship with pdfjs-dist and are read from disk: nothing is fetched.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfPage, PdfRun } from './pdfTypes.js';

/** A PDF that cannot be read, with the one-line reason. */
export class PdfReadError extends Error {}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

type Matrix = number[];

/** A text item in the page's top-down coordinates (the viewport turns rotation and the media box's origin). */
function runOf(item: TextItemLike, view: Matrix, multiply: (a: Matrix, b: Matrix) => Matrix): PdfRun | null {
  if (!item.str || !item.transform || item.str.trim() === '') return null;
  const [a, b, c, d, e, f] = multiply(view, item.transform);
  // the size is the text's height (its y axis): horizontal scaling (Tz) widens a 版头's glyphs, not its size
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) return null;
  // pdf.js gives the width in page units already (the viewport's scale is 1)
  return { text: item.str.replace(/[\r\n\v\f\u0085\u2028\u2029]/g, ' '), x: e, top: f, width: item.width ?? 0, size };
}

/** Why pdf.js refused the file, as one line a user can act on. */
function problemOf(err: unknown): string {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return 'is an encrypted PDF (password-protected): cannot read its text';
  if (e?.name === 'InvalidPDFException') return `is a damaged PDF (${(e.message ?? 'invalid structure').replace(/\.$/, '')})`;
  return `cannot be read as a PDF (${e?.message ?? String(err)})`;
}

export interface PdfSummary {
  pages: number;
}

/** Call `onPage` with each page's runs, in page order. Throws PdfReadError when the file cannot be opened. */
export async function readPdfPages(bytes: Uint8Array, onPage: (page: PdfPage) => void): Promise<PdfSummary> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new PdfReadError(problemOf(err));
  }
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: PdfRun[] = [];
      let width = 0;
      let height = 0;
      try {
        const page = await doc.getPage(n);
        const view = page.getViewport({ scale: 1 });
        width = view.width;
        height = view.height;
        const content = await page.getTextContent();
        runs = content.items.flatMap((it) => runOf(it as TextItemLike, view.transform, (x, y) => pdfjs.Util.transform(x, y) as Matrix) ?? []);
        page.cleanup();
      } catch (err) {
        throw new PdfReadError(`page ${n}: ${problemOf(err)}`);
      }
      onPage({ number: n, width, height, runs });
    }
    return { pages: doc.numPages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
