/**
 * A date line whose figures a template or a writing guide masked (x年2月3日, 20xx年4月21日, ××××年××月××日,
 * 二0一*年十一月二十五日, 某年某月某日): a date all the same, in the place a signature's date stands, though none to read.
 */
import { removeAllSpaces } from './normalize.js';
import { MASK_CHARS } from './mask.js';

// the characters that stand in for a figure (某 too)
const MASK = `[${MASK_CHARS}某]`;
// a year, a month or a day written in figures, numerals or masks (20xx, 二0一*, ××, 某)
const YEAR = `[\\d〇○零一二三四五六七八九${MASK_CHARS}某]{1,4}`;
const MONTH_OR_DAY = `[\\d〇○零一二三四五六七八九十${MASK_CHARS}某]{1,3}`;
// 年…月…日 alone on the line, each part figures, numerals or masks
const DATE_SHAPE = new RegExp(`^${YEAR}年${MONTH_OR_DAY}月${MONTH_OR_DAY}日$`);
const HAS_MASK = new RegExp(MASK);

/** A line that is only a date with at least one masked figure. */
export function isMaskedDateLine(s: string): boolean {
  const t = removeAllSpaces(s);
  return t.length <= 14 && DATE_SHAPE.test(t) && HAS_MASK.test(t);
}
