/**
 * Page furniture of a PDF, found by where it sits and by repetition: a page number in the top or bottom margin,
 * and a running header or footer — a margin line whose text (digits aside) recurs on other pages.
 */
import type { PdfLine } from './pdfTypes.js';
import { isPageNumber } from '../../text/runningHeader.js';

/** A line in the top or bottom of the page within this share of its height is in the margin. */
const MARGIN_SHARE = 0.12;
/** Margin lines that recur on this share of the pages (and at least two) are running headers or footers. */
const RECUR_SHARE = 0.3;

export type FurnitureReason = 'page-number' | 'running-header';

/** The same header on every page, whatever page or issue number it carries. */
const recurringKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');

function inMargin(l: PdfLine): boolean {
  return l.top <= l.pageHeight * MARGIN_SHARE + l.size || l.top >= l.pageHeight * (1 - MARGIN_SHARE);
}

/** The furniture among the lines of all pages, by index into `lines`. */
export function pageFurniture(lines: PdfLine[]): Map<number, FurnitureReason> {
  const found = new Map<number, FurnitureReason>();
  // only each page's topmost and bottommost lines (two each) can be furniture
  const edges: number[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i].page === lines[start].page) continue;
    const byTop = Array.from({ length: i - start }, (_, k) => start + k).sort((a, b) => lines[a].top - lines[b].top);
    const picked = new Set(byTop.length <= 4 ? byTop : [...byTop.slice(0, 2), ...byTop.slice(-2)]);
    for (const k of picked) if (inMargin(lines[k])) edges.push(k);
    start = i;
  }
  const pages = new Set(lines.map((l) => l.page)).size;
  const pagesByKey = new Map<string, Set<number>>();
  for (const k of edges) {
    const key = recurringKey(lines[k].text);
    if (!pagesByKey.has(key)) pagesByKey.set(key, new Set());
    pagesByKey.get(key)!.add(lines[k].page);
  }
  for (const k of edges) {
    if (isPageNumber(lines[k].text)) found.set(k, 'page-number');
    else if (pages >= 2 && (pagesByKey.get(recurringKey(lines[k].text))?.size ?? 0) >= Math.max(2, RECUR_SHARE * pages)) found.set(k, 'running-header');
  }
  return found;
}
