/**
 * A text whose line ends were lost (a crawler's export that joined a statute's paragraphs with spaces: `…制定本条例。
 * 第二条 …`) is cut back into lines where print ended them: before each 编/章/节/条 heading that continues the
 * numbering of the ones before it on the line, and after a sentence end that a space follows. Only a line holding
 * two or more article headings in sequence is cut: a space before a cited 第五条 in running text starts no sequence,
 * and a paragraph with a space after its full stop is left alone. The pieces keep the source line's number and say
 * where in it they start (`column`), as cutLongLines' do.
 */
import type { SourceLine } from '../types.js';
import { parseMarker, STRUCTURAL_RANK } from '../text/markers.js';
import { cutLines, piecesAt } from './linePieces.js';
import { datePattern } from '../text/dates.js';
import { looksLikeOrganName } from '../text/organName.js';

// a space, then a 编/章/节/条 heading's 第X (the heading itself is read by parseMarker)
const SPACE_BEFORE_UNIT = /[ \t\u3000]+(?=第[\s\u3000]*[零〇一二两三四五六七八九十百千\d]+[\s\u3000]*[编章节条])/g;
// a sentence end (full-width 。；！？, a closing quote or bracket after it), then a space before more text
const SPACE_AFTER_SENTENCE = /[。；！？][”’」』）)]*([ \t\u3000]+)(?=\S)/g;
/** How much of the text after a space is read for a heading (a heading's marker and a little of its text). */
const MARKER_WINDOW = 40;

// a 编/章/节/条 heading's 第X anywhere (in a text run together without spaces: …制定本办法。第二条…)
const GLUED_UNIT = /(?=第[\s\u3000]*[零〇一二两三四五六七八九十百千\d]+[\s\u3000]*[编章节条])/g;

/**
 * Where the 编/章/节/条 headings of a line begin that continue the numbering before them on the line (`glued`: with no
 * space before them, as in a text run together), and how many of them are articles. The first of a kind may have any
 * number (the line may start inside a statute); a cited 第五条 in running text neither reads as a heading (第五条规定,
 * 第五条、第六条) nor, out of sequence, as the next one.
 */
export function unitBreaks(text: string, glued = false): { at: number[]; articles: number } {
  const last = new Map<string, number>();
  const lead = parseMarker(text.slice(0, MARKER_WINDOW));
  if (lead && STRUCTURAL_RANK[lead.kind] && lead.number !== null) last.set(lead.kind, lead.number);
  const at: number[] = [];
  let articles = lead?.kind === 'article' ? 1 : 0;
  for (const m of text.matchAll(glued ? GLUED_UNIT : SPACE_BEFORE_UNIT)) {
    const from = m.index + m[0].length;
    if (from === 0) continue;
    const marker = parseMarker(text.slice(from, from + MARKER_WINDOW));
    if (!marker || !STRUCTURAL_RANK[marker.kind] || marker.number === null) continue;
    const before = last.get(marker.kind);
    if (before !== undefined && marker.number !== before + 1) continue;
    last.set(marker.kind, marker.number);
    at.push(from);
    if (marker.kind === 'article') articles++;
  }
  return { at, articles };
}

/** Offsets where a flattened line's lines began, in order; none when the line is not flattened. */
export function flattenedBreaks(text: string): number[] {
  // (most lines are passed over here: no 第 after a space)
  if (!/[ \t\u3000]第/.test(text)) return [];
  const units = unitBreaks(text);
  if (units.articles < 2) return [];
  const breaks = new Set(units.at);
  for (const m of text.matchAll(SPACE_AFTER_SENTENCE)) breaks.add(m.index + m[0].length);
  return [...breaks].sort((a, b) => a - b);
}

// the end of a line that ran on into its signature: a space, the organ, a space, the date (某某厅 2015年3月10日)
const SIGNATURE_AT_END = /([ \t\u3000]+)([^\s。；，,：:]{2,40})[ \t\u3000]+$/;
// before the signature: a sentence end, or an attachment note after one (。 附件:某某要点)
const NOTE_BEFORE = /[。！？；][ \t\u3000]+(附[ \t\u3000]*件[ \t\u3000]*[:：][^。；]*?)$/;

/**
 * Offsets where a body line that ran on into its closing began new lines: `…请认真贯彻落实。 附件:某某要点 某某厅
 * 2015年3月10日` is the sentence, the attachment note, the signing organ and the date. None when the line does not
 * end with an organ and a date after a sentence end.
 */
export function runOnSignatureBreaks(text: string): number[] {
  const t = text.trimEnd();
  // (most lines are passed over here: a line ending in 日 after a space, with a sentence end before it)
  if (!t.endsWith('日') || !/[。！？；]/.test(t)) return [];
  let date: RegExpExecArray | null = null;
  for (const m of t.matchAll(datePattern())) date = m;
  if (!date || date.index + date[0].length !== t.length) return [];
  const signature = SIGNATURE_AT_END.exec(t.slice(0, date.index));
  if (!signature || !looksLikeOrganName(signature[2])) return [];
  const organAt = signature.index + signature[1].length;
  const before = t.slice(0, signature.index);
  const note = NOTE_BEFORE.exec(before);
  if (!note && !/[。！？；][”’」』）)]*$/.test(before)) return [];
  return [...(note ? [note.index + note[0].length - note[1].length] : []), organAt, date.index];
}

/** Lines with every flattened line cut back into the lines it joined (the same array when none is). */
export function splitFlattenedLines(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const breaks = l.table ? [] : flattenedBreaks(l.text).concat(runOnSignatureBreaks(l.text));
    return breaks.length ? piecesAt(l.text, breaks) : null;
  });
}
