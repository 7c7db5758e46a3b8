/**
 * 题注 of laws, regulations, rules and decisions (立法法; the forms of 人大 and 国务院 texts): the dated notes
 * under the title that say when the text was adopted, approved, promulgated, amended or takes effect.
 * Bracketed or not, on one line or wrapped over several, or one dated line per event:
 *   （2011年12月22日某市第十四届人民代表大会常务委员会第四次会议通过）
 *   2005年1月5日 国务院第76次常务会议通过
 *   2005年1月10日 中华人民共和国国务院令第431号公布
 *   根据2016年2月23日…《关于修改…的决定》第一次修正
 * The document's date (signDate) is that of the 通过 clause, else of the approval, else of the promulgation, else
 * of the record (备案); never that of an amendment or of a 施行 (effective) clause.
 */
import type { SourceLine } from '../../types.js';
import { findDate } from '../../text/dates.js';
import { CLOSE, isNoteText, isTitleNoteLine, mayBeNote, noteBody, NOTE_VERB, OPEN, opensNote } from '../../text/titleNoteLine.js';

export interface TitleNote {
  /** Indexes of the first and last line of the note. */
  first: number;
  last: number;
  /** The note's text, lines joined, brackets kept. */
  text: string;
  /** The document's date by the rule above, or null. */
  signDate: string | null;
}

/** A 题注's clauses, each running from one date to the next (NFKC), with its date and its text after the date. */
export function noteClauses(note: string): { iso: string; text: string; afterDate: string }[] {
  const t = note.normalize('NFKC');
  const dates: { iso: string; at: number; length: number }[] = [];
  for (let at = 0, d = findDate(t); d; d = findDate(t.slice(at))) {
    dates.push({ iso: d.iso, at: at + d.index, length: d.length });
    at += d.index + d.length;
  }
  return dates.map((d, n) => {
    const end = dates[n + 1]?.at ?? t.length;
    return { iso: d.iso, text: t.slice(d.at, end), afterDate: t.slice(d.at + d.length, end) };
  });
}

// a clause that amends (its date and number are an amendment's, never the text's own)
export const AMENDING = /修正|修订|修改/;
// a clause that promulgates (公布, 发布, 颁布, 印发)
export const PROMULGATING = /公布|发布|颁布|印发/;

/** The date a 题注 gives the document: 通过, else 批准, else 公布/发布/颁布/印发, else 备案; never 修正/修订 or 施行. */
export function titleNoteDate(note: string): string | null {
  const clauses = noteClauses(note);
  const pick = (verb: RegExp): string | null => clauses.find((c) => verb.test(c.text) && !AMENDING.test(c.text))?.iso ?? null;
  return pick(/通过/) ?? pick(/批准/) ?? pick(PROMULGATING) ?? pick(/备案/);
}

// A dated meeting clause without its verb, which a later note line carries (a joint adoption printed a clause a line):
//   2018年7月30日 某某法院审判委员会第1745次会议 / 2018年10月19日 某某检察院…会议通过
const MEETING_CLAUSE = /会议[、，,]?$/;
// …and opens with its date (a sentence opens with 经/于 + date)
const DATE_OPENING = /^([12]\d{3}|[〇零一二三四五六七八九О]{4})\s*年/;

/** A dated line naming the meeting of a joint adoption, when the line below is a note line that carries the verb. */
function isMeetingClauseAbove(lines: SourceLine[], i: number, to: number): boolean {
  // cheap test first: this runs on every line where a document may start
  if (!lines[i].text.includes('会议')) return false;
  const t = lines[i].text.normalize('NFKC').trim();
  if (!MEETING_CLAUSE.test(t) || t.length > 200 || !DATE_OPENING.test(t) || !findDate(t)) return false;
  return i + 1 < to && isTitleNoteLine(lines[i + 1].text);
}

/**
 * An unbracketed note line wrapped before its verb, joined with the line that carries it (2017年8月22日某某自治州第十二届
 * 人民代表大会 / 常务委员会第六次主任会议修订), or null: the first line opens with a date and ends unfinished, the second
 * opens no note of its own.
 */
function wrappedNoteAt(lines: SourceLine[], i: number, to: number): string | null {
  // cheap test first: this runs on every line where a document may start
  if (i + 1 >= to || !/^[12〇零一二三四五六七八九О]/.test(lines[i].text.trim())) return null;
  const t = lines[i].text.normalize('NFKC').trim();
  const next = lines[i + 1].text.normalize('NFKC').trim();
  if (t.length > 120 || NOTE_VERB.test(t) || /[。；;：:，,、]$/.test(t) || !opensNote(t) || opensNote(next) || OPEN.test(next)) return null;
  return isTitleNoteLine(t + next) ? t + next : null;
}

/** The 题注 starting at lines[k] (one or more note lines, a bracketed note possibly wrapped), or null. */
export function parseTitleNote(lines: SourceLine[], k: number, to: number): TitleNote | null {
  if (k >= to || !(mayBeNote(lines[k].text) || OPEN.test(lines[k].text.trim()) || isMeetingClauseAbove(lines, k, to) || wrappedNoteAt(lines, k, to))) return null;
  let i = k;
  const parts: string[] = [];
  while (i < to && i - k < 12) {
    const t = lines[i].text.normalize('NFKC').trim();
    if (lines[i].table || lines[i].heading > 0) break;
    if (OPEN.test(t) && !CLOSE.test(t)) {
      // a bracketed note wrapped over several lines
      let j = i;
      let joined = t;
      while (!CLOSE.test(joined) && j + 1 < to && j - i < 6) {
        j++;
        joined += lines[j].text.normalize('NFKC').trim();
      }
      if (!CLOSE.test(joined) || !isNoteText(noteBody(joined), true)) break;
      parts.push(joined);
      i = j + 1;
      continue;
    }
    if (!isTitleNoteLine(t) && !isMeetingClauseAbove(lines, i, to)) {
      const wrapped = wrappedNoteAt(lines, i, to);
      if (!wrapped) break;
      parts.push(wrapped);
      i += 2;
      continue;
    }
    parts.push(t);
    i++;
  }
  if (!parts.length) return null;
  const text = parts.join('\n');
  return { first: k, last: i - 1, text, signDate: titleNoteDate(text) };
}
