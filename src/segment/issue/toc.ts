/**
 * Table of contents (目录): section labels, entries of title (wrapped lines joined), 发文字号 and page,
 * in list style (`- 标题` + `(城政发[2023]4号) ..... (3)`) and plain-paragraph style.
 */
import type { SourceLine, TocEntry } from '../../types.js';
import { removeAllSpaces, removeLayoutSpaces, endsSentence } from '../../text/normalize.js';
import { findDocNumber, parseDocNumber, parseSplitOrderNumber } from '../../text/docNumber.js';
import { parseSectionLabel } from './sectionLabel.js';
import { parseMastheadLine } from '../../text/masthead.js';

/** `目录` / `目 录` / `本期目录` heading line. */
export function isTocHeading(text: string): boolean {
  return /^(本期)?目录$/.test(removeAllSpaces(text));
}

// Trailing page reference: leader dots/ellipsis/spaces then a page number, optionally bracketed: ..... (3)  ……12
const PAGE_TAIL = /(?:[.．…·•\s]{2,}|\s)[（(]?\s*(\d{1,4})\s*[)）]?$/;

interface EntryParts {
  title: string;
  docNumber: string | null;
  page: number | null;
}

/** A line that completes a TOC entry: it carries a page number (and possibly a 发文字号 and the title). */
export function parseTocEntryLine(text: string): EntryParts | null {
  const t = text.trim();
  const page = PAGE_TAIL.exec(t);
  if (!page) return null;
  let head = t.slice(0, page.index).trim();
  let docNumber: string | null = null;
  const dn = findDocNumber(head);
  if (dn) {
    docNumber = dn.parsed.normalized;
    head = (head.slice(0, dn.index) + head.slice(dn.index + dn.match.length)).replace(/[（(]\s*[)）]/g, '').trim();
  }
  if (!docNumber) {
    // an order listed with its number: 中华人民共和国国务院令（第756号）
    const order = /^(.+?(?:令|公告|通告))\s*[（(]\s*((?:[12]\d{3}年)?第\s*\d{1,5}\s*号)\s*[)）]$/.exec(head);
    const parsed = order ? parseDocNumber(order[1] + order[2]) : null;
    if (order && parsed) {
      docNumber = parsed.normalized;
      head = order[1];
    }
  }
  if (!docNumber && head.length < 4) return null;
  return { title: removeLayoutSpaces(head), docNumber, page: Number(page[1]) };
}

export interface TocResult {
  entries: TocEntry[];
  /** Index (into the given lines) of the first line after the TOC. */
  end: number;
  sections: { index: number; label: string }[];
  /** Indexes of masthead lines found among the entries. */
  mastheadLines: number[];
}

/** Parse the TOC starting at lines[start] (the line after the 目录 heading). */
export function parseToc(lines: SourceLine[], start: number): TocResult {
  const entries: TocEntry[] = [];
  const sections: { index: number; label: string }[] = [];
  const mastheadLines: number[] = [];
  let section: string | null = null;
  let pending: SourceLine[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const text = l.text;
    // an order's header (XX国务院令 / 第756号) starts a document: the TOC has ended
    if (i + 1 < lines.length && parseSplitOrderNumber(text, lines[i + 1].text)) break;
    // a masthead line printed after the 目录 heading (…出版, (双月刊), 第N期) is never part of an entry
    if (pending.length === 0 && !parseTocEntryLine(text) && parseMastheadLine(text)) {
      mastheadLines.push(i);
      continue;
    }
    const label = parseSectionLabel(text);
    if (label && pending.length === 0) {
      section = label;
      sections.push({ index: i, label });
      continue;
    }
    const entry = parseTocEntryLine(text);
    if (entry) {
      const titleParts = pending.map((p) => p.text);
      if (entry.title) titleParts.push(entry.title);
      const title = removeLayoutSpaces(titleParts.join(''));
      entries.push({
        section,
        title,
        docNumber: entry.docNumber,
        page: entry.page,
        documentId: null,
        lines: { start: pending.length ? pending[0].line : l.line, end: l.line },
      });
      pending = [];
      continue;
    }
    // A stand-alone 发文字号 without a page number ends the TOC (it is a document's own number) — unless
    // the entries simply have no page numbers: then what follows is another entry title or a section label,
    // not a 主送 line or body text.
    const number = parseDocNumber(text);
    if (number) {
      const next = lines[i + 1];
      const nextIsEntry = !!next && pending.length > 0 && !next.table && !endsSentence(next.text) &&
        (!!parseSectionLabel(next.text) || (next.text.length <= 120 && /关于|的(通知|意见|决定|办法|规定|方案|批复|函)$/.test(next.text.replace(/\s+/g, ''))));
      if (!nextIsEntry) break;
      entries.push({
        section,
        title: removeLayoutSpaces(pending.map((p) => p.text).join('')),
        docNumber: number.normalized,
        page: null,
        documentId: null,
        lines: { start: pending[0].line, end: l.line },
      });
      pending = [];
      continue;
    }
    if (l.table || l.rule || endsSentence(text) || text.length > 120 || pending.length >= 4) break;
    pending.push(l);
  }
  return { entries, end: i - pending.length, sections, mastheadLines };
}
