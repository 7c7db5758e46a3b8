/**
 * Page text a crawler exported one inline span per line: a Word page sets its digits in another font, so every
 * number is a span of its own and comes out on a line of its own (`…的通知(某办发〔` / `2017` / `〕` / `2` / `号)`,
 * `日期:` / `2017` / `-` / `01`). Such pieces are glued back into their line where the characters on both sides
 * can only be one run of text: an opening bracket at a line's end, a closing one at the next line's start, a digit
 * line after a mark that takes a number (〔, 第, :) or before a unit that follows one (年, 号, 〕, %), an item's number
 * alone (`1.`) before its text. Only a text that shows the shape (three lines of digits alone, each glued to a
 * neighbour) is glued; a line after a blank line never is.
 */
import type { SourceLine, Warning } from '../types.js';

/** Lines of digits alone, glued to a neighbour, that a text must show before any seam is glued. */
const MIN_DIGIT_LINES = 3;
/**
 * Longest line a piece is glued onto: no printed line is near it, and every test on a line being glued (its
 * brackets, the digits it ends with) costs its length, so a text of seams without end would cost n².
 */
export const MAX_GLUED_CHARS = 2000;
/** Longest piece of digits taken for a span (a year, an amount, a phone number's part). */
const MAX_DIGITS = 12;

// a line of digits alone (with the marks inside a number: 1.5, 2017-01, 3,000)
const DIGITS = /^\d[\d.,:：\-/]*$/;
// an item's number alone on its line (1. / 2、): its text is on the next
const ITEM_NUMBER = /^\d{1,3}[.．、]$/;
// an opening bracket ending a line: a line of text never ends there
const OPEN_AT_END = /[〔［\[【（(《]$/;
// a closing bracket opening a line (the number's 〕, a note's ）)
const CLOSE_AT_START = /^[〕］\]】）)》]/;
// what takes a number after it in a line: brackets (a 发文字号's 〔2002〕570 or (2002)570), 第 and 共, a label's colon, a range's dash, a list's comma
const BEFORE_NUMBER = /[〔［\[【（(〕\]】）)第共约计达近超至到和及与或、，,：:\-—~～／/.．年月日号为占]$/;
// what follows a number in a line: its unit, the date's 年月日, the 号 of a 发文字号, a closing bracket, a mark
const AFTER_NUMBER = /^[年月日号时分秒〕］\]】）)%‰.．,，、\-—~～:：/万亿元个项条款章节次名人家户所件天周岁倍余多位届期批类级米吨亩平]/;

const text = (l: SourceLine) => l.text.trim();

/** Do lines a and b (b right under a) hold two pieces of one run of text? */
function isSpanSeam(a: SourceLine, b: SourceLine): boolean {
  if (a.table || b.table || a.rule || b.rule || b.blankBefore || a.heading > 0 || b.heading > 0) return false;
  const x = text(a);
  const y = text(b);
  if (!x || !y || x.length >= MAX_GLUED_CHARS) return false;
  if (OPEN_AT_END.test(x) || (CLOSE_AT_START.test(y) && opensMoreThanCloses(x))) return true;
  if (y.length <= MAX_DIGITS && DIGITS.test(y) && BEFORE_NUMBER.test(x)) return true;
  if (ITEM_NUMBER.test(x)) return true;
  return /\d$/.test(x) && AFTER_NUMBER.test(y) && (DIGITS.test(x) || DIGITS.test(lastPiece(x)));
}

/** Does s open more brackets than it closes? */
function opensMoreThanCloses(s: string): boolean {
  return (s.match(/[〔［\[【（(《]/g)?.length ?? 0) > (s.match(/[〕］\]】）)》]/g)?.length ?? 0);
}

/** The digits that end s (the piece glued last). */
function lastPiece(s: string): string {
  return /\d[\d.,:：\-/]*$/.exec(s)?.[0] ?? '';
}

export function joinSpanLines(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  let digitLines = 0;
  for (let i = 0; i < lines.length && digitLines < MIN_DIGIT_LINES; i++) {
    const t = text(lines[i]);
    if (t.length <= MAX_DIGITS && DIGITS.test(t) && ((i > 0 && isSpanSeam(lines[i - 1], lines[i])) || (i + 1 < lines.length && isSpanSeam(lines[i], lines[i + 1])))) digitLines++;
  }
  if (digitLines < MIN_DIGIT_LINES) return lines;
  const out: SourceLine[] = [];
  let glued = 0;
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && isSpanSeam(prev, l)) {
      out[out.length - 1] = { ...prev, text: text(prev) + text(l), raw: `${prev.raw}\n${l.raw}`, parts: [...(prev.parts ?? [prev.line]), ...(l.parts ?? [l.line])] };
      glued++;
    } else out.push(l);
  }
  warnings.push({ code: 'span-lines-joined', message: `the text was exported one inline span per line: ${glued} pieces glued back into their lines`, line: null });
  return out;
}
