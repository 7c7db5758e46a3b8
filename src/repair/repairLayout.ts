/**
 * The repair stage for damaged extractions. Always: undo doubled bold glyphs on heading lines.
 * Only on one-visual-line-per-line text (two-column pdftotext output): restore reading order page by
 * page, reflow visual lines into paragraphs, and fix OCR slips that a rule can justify. Every change is
 * reported as a warning so it can be audited; raw text stays in SourceLine.raw.
 */
import type { SourceLine, Warning } from '../types.js';
import { isVisualLineLayout } from './detectVisualLines.js';
import { splitPages } from './pageChunks.js';
import { pageEndsClosed, reorderPage } from './reorderPage.js';
import { reflowLines } from './reflowLines.js';
import { undoDoubledPrefix, type Undoubled } from './undoDoubledGlyphs.js';
import { detectDocType } from '../text/docType.js';
import { removeAllSpaces } from '../text/normalize.js';
import { fixOcrSlips } from './fixOcrSlips.js';
import { parseMarker } from '../text/markers.js';
import { append } from '../util/arrays.js';

export interface RepairResult {
  lines: SourceLine[];
  visualLayout: boolean;
}

/** A whole line undoubled into a document title (`某某市人民政府关于…的通知`, bold in the PDF). */
function isDoubledTitle(r: Undoubled): boolean {
  return r.open && r.removed >= 4 && (/关于/.test(r.text) || !!detectDocType(removeAllSpaces(r.text)));
}

/** Undo doubling on heading and title lines and on the wrapped tail of a doubled heading. */
export function undoDoubledHeadings(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  let open = false;
  return lines.map((l) => {
    const r = undoDoubledPrefix(l.text.trim(), open);
    const ok = r && (open || parseMarker(r.text) || isDoubledTitle(r));
    open = !!(ok && r.open);
    if (!ok || !r) return l;
    warnings.push({ code: 'doubled-glyphs', message: `undid doubled bold glyphs: "${l.text.trim()}" → "${r.text}"`, line: l.line });
    return { ...l, text: r.text };
  });
}

function fixOcr(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  return lines.map((l) => {
    const fix = fixOcrSlips(l.text);
    if (!fix.fixes.length) return l;
    warnings.push({ code: 'ocr-fix', message: `fixed ${fix.fixes.join(', ')} in "${l.text.slice(0, 40)}…"`, line: l.line });
    return { ...l, text: fix.text };
  });
}

export function repairLayout(lines: SourceLine[], furniture: Set<number>, warnings: Warning[]): RepairResult {
  const visual = isVisualLineLayout(lines);
  // OCR and typing slips first (`l1.` must read `11.`, `条五条` `第五条`, before headings are recognised)
  const undoubled = undoDoubledHeadings(fixOcr(lines, warnings), warnings);
  if (!visual) return { lines: undoubled, visualLayout: false };
  const pages = splitPages(undoubled, furniture);
  const ordered: SourceLine[] = [];
  let prevClosed = true;
  for (const page of pages) {
    const fixed = reorderPage(page, prevClosed, warnings);
    append(ordered, fixed);
    prevClosed = pageEndsClosed(fixed);
  }
  // …and again after reflow, for slips split over two visual lines (`…品牌。正` / `责任单位：`)
  return { lines: fixOcr(reflowLines(ordered), warnings), visualLayout: true };
}
