/**
 * A table of contents inside a document (a statute's 目录 of 编/章/节 lines, or an issued plan's 目录 with
 * page leaders `一、总体要求……2`): a node of its own, never chapters or items of the body.
 */
import type { SourceLine } from '../types.js';
import { isTocHeading, parseTocEntryLine } from '../segment/issue/toc.js';
import { parseMarker } from '../text/markers.js';
import { endsSentence, removeLayoutSpaces } from '../text/normalize.js';
import { LEADER_CHARS } from '../text/leaders.js';

export interface BodyToc {
  /** Index of the last entry line. */
  last: number;
  /** One row per entry: its text and its page, when printed. */
  rows: string[][];
  /** Whether lines[i] is a 目录 heading (else the list starts at its first entry). */
  headed: boolean;
}

// a line of leaders only (the leader marks, or dashes and underscores drawn as leaders), with the page after them or not
const LEADERS = new RegExp(`^[${LEADER_CHARS}\\-—_\\s]{3,}?(\\d{1,4})?$`);
// three leader marks: what makes a line of leaders (dashes alone are a rule)
const THREE_LEADERS = new RegExp(`[${LEADER_CHARS}]{3}`);
// the rest of a wrapped entry: a few characters, leaders, the page
const WRAPPED_TAIL = new RegExp(`^([^\\s${LEADER_CHARS}]{1,30}?)\\s*[${LEADER_CHARS}]{3,}\\s*(\\d{1,4})$`);
// a line of separator marks only: dashes, pipes, colons, tabs
const SEPARATOR = /^[-—|:：\s]+$/;
// a page number alone
const PAGE = /^[-—\s]*\d{1,4}[-—\s]*$/;

/** The 编/章/节 marker a line opens with, or null (a 目录 lists units; items and articles are not its rows). */
function unitMarker(text: string): ReturnType<typeof parseMarker> {
  const m = parseMarker(text);
  return m && (m.kind === 'part' || m.kind === 'chapter' || m.kind === 'section') ? m : null;
}

/** An entry whose leaders (and page) stand on the lines after its title, or null. */
function splitEntryAt(lines: SourceLine[], k: number): { title: string; page: string; last: number } | null {
  const title = lines[k].text.trim();
  const leaders = lines[k + 1] ? LEADERS.exec(lines[k + 1].text.trim()) : null;
  if (!title || title.length > 80 || endsSentence(title) || !leaders || !THREE_LEADERS.test(lines[k + 1].text)) return null;
  if (leaders[1]) return { title: removeLayoutSpaces(title), page: leaders[1], last: k + 1 };
  const page = lines[k + 2] && PAGE.test(lines[k + 2].text.trim()) ? lines[k + 2].text.replace(/\D/g, '') : '';
  return { title: removeLayoutSpaces(title), page, last: page ? k + 2 : k + 1 };
}

/** Longest entry taken without leaders or page. */
const MAX_UNPAGED_ENTRY = 40;

/** A numbered heading line (一、… （一）…) that is not the first entry printed again (where the body begins). */
function isUnpagedEntry(text: string, firstEntry: string): boolean {
  const m = parseMarker(text);
  if (!m || m.kind === 'part' || m.kind === 'chapter' || m.kind === 'section' || m.kind === 'article') return false;
  const title = removeLayoutSpaces(text);
  return title.length <= MAX_UNPAGED_ENTRY && !endsSentence(title) && title !== removeLayoutSpaces(firstEntry);
}

/**
 * A statute's list of units printed without a 目录 heading (a database's 第一章 总则 / 第二章 … above the text, a
 * draft's chapter list): units of one kind on consecutive lines with nothing between them, a real chapter holding
 * articles or text. The list runs until the first listed unit begins again, or text does.
 */
const BARE_LIST_MIN = 3;

function bareUnitList(lines: SourceLine[], i: number): BodyToc | null {
  // (every line is asked: a unit's line opens with 第, the others are passed over before any marker is parsed)
  if (!/^[\s\u3000]*第/.test(lines[i].text) || i + 1 >= lines.length || !/^[\s\u3000]*第/.test(lines[i + 1].text)) return null;
  const first = unitMarker(lines[i].text);
  const next = unitMarker(lines[i + 1].text);
  if (!first || !next || next.kind !== first.kind || next.label === first.label || endsSentence(lines[i].text)) return null;
  const rows: string[][] = [];
  let k = i;
  for (; k < lines.length; k++) {
    const m = unitMarker(lines[k].text);
    if (!m || m.kind !== first.kind || endsSentence(lines[k].text) || (k > i && m.label === first.label)) break;
    rows.push([`${m.label} ${removeLayoutSpaces(m.rest)}`.trim(), '']);
  }
  // two units alone may be a short statute's two chapters cut from their text: a list names three or more
  return rows.length >= BARE_LIST_MIN ? { last: k - 1, rows, headed: false } : null;
}

/** The 目录 at lines[i] and its entries, or null when lines[i] is not a 目录 heading followed by entries. */
export function findBodyToc(lines: SourceLine[], i: number): BodyToc | null {
  if (!isTocHeading(lines[i].text)) return bareUnitList(lines, i);
  const rows: string[][] = [];
  let firstLabel: string | null = null;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const text = lines[k].text.trim();
    // a separator a converter left between two runs of entries (`--\t--`, `| --- |`) does not end the 目录
    if (SEPARATOR.test(text) && rows.length && k + 1 < lines.length && parseTocEntryLine(lines[k + 1].text.trim())) continue;
    // the end of an entry wrapped onto the next line with its leaders and page (…开展全民健身活 / 动 ..... 88)
    const tail = rows.length && rows[rows.length - 1][1] === '' ? WRAPPED_TAIL.exec(text) : null;
    if (tail) {
      rows[rows.length - 1] = [removeLayoutSpaces(rows[rows.length - 1][0] + tail[1]), tail[2]];
      continue;
    }
    const paged = parseTocEntryLine(text);
    if (paged) {
      // the first unit listed (第一章…) printed again without a page: it begins for real, the 目录 has ended
      const unitLabel = unitMarker(text)?.label ?? null;
      if (paged.page === null && unitLabel !== null && unitLabel === firstLabel) break;
      firstLabel ??= unitLabel;
      rows.push([paged.title, paged.page === null ? '' : String(paged.page)]);
      continue;
    }
    // an entry exported one span a line: its title, a line of leaders, the page on a line of its own
    const split = splitEntryAt(lines, k);
    if (split) {
      rows.push([split.title, split.page]);
      k = split.last;
      continue;
    }
    // an entry printed without leaders or page after entries with them (五、附则 closing a plan's 目录): it goes on
    // until the body begins, which repeats the first entry
    if (rows.length && isUnpagedEntry(text, rows[0][0])) {
      rows.push([removeLayoutSpaces(text), '']);
      continue;
    }
    // a statute's chapter list: 第一章 总则 … up to the line where the first listed unit begins for real
    const m = unitMarker(text);
    if (!m || endsSentence(text) || m.label === firstLabel) break;
    firstLabel ??= m.label;
    rows.push([`${m.label} ${removeLayoutSpaces(m.rest)}`.trim(), '']);
  }
  return rows.length ? { last: k - 1, rows, headed: true } : null;
}
