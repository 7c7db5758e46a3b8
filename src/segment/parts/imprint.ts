/**
 * 版记 (GB/T 9704-2012 7.4): the lines after the body and printed attachments that say who receives copies
 * (抄送：…) and which office printed the document when (某市人民政府办公室  2023年5月6日印发).
 */
import type { SourceLine } from '../../types.js';
import { findDate } from '../../text/dates.js';
import { removeAllSpaces } from '../../text/normalize.js';

// 抄送 / 抄报 / 分送 line: the recipients of copies
const COPY_TO = /^(抄\s*送|抄\s*报|分\s*送)\s*[：:]\s*(.*)$/;
// printing office and date: 某市人民政府办公室 2023年5月6日印发
const PRINTED = /^(.*?)\s*((?:[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年.{1,6}月.{1,6}日)\s*印\s*发$/;
// a copy count or a rule left by the converter
const FILLER = /^([（(]?共印\d+份[)）]?|[-—_=]{3,})$/;

export interface Imprint {
  /** Index of the first line of the 版记. */
  first: number;
  copyTo: string | null;
  printer: string | null;
  printDate: string | null;
}

export function isImprintLine(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return COPY_TO.test(t) || (PRINTED.test(t) && !!findDate(t)) || FILLER.test(removeAllSpaces(t));
}

/** The 版记 at the end of lines[from..end), or null. */
export function findImprint(lines: SourceLine[], from: number, end: number): Imprint | null {
  let first = end;
  while (first - 1 >= from && end - first < 8 && isImprintLine(lines[first - 1].text)) first--;
  if (first === end) return null;
  let copyTo: string | null = null;
  let printer: string | null = null;
  let printDate: string | null = null;
  for (let k = first; k < end; k++) {
    const t = lines[k].text.normalize('NFKC').trim();
    const c = COPY_TO.exec(t);
    if (c) copyTo = c[2].replace(/[。.]$/, '').trim() || null;
    const p = PRINTED.exec(t);
    if (p) {
      printer = removeAllSpaces(p[1]) || null;
      printDate = findDate(p[2])?.iso ?? null;
    }
  }
  if (!copyTo && !printer) return null;
  return { first, copyTo, printer, printDate };
}
