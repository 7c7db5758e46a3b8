/** Dates in 公文: `2022年12月14日`, `2022 年 12 月 14 日`, `二〇二二年十二月十四日` → YYYY-MM-DD. */
import { parseChineseNumber, parseDigitByDigit } from './chineseNumber.js';

// a year in digits, or in Chinese numerals digit by digit (zero also as ○ ◯ О O or a digit 0: 二○一○, 二OO六, 二00五)
const YEAR = '([12]\\d{3}|[〇零一二三四五六七八九О○◯O0]{4})';
// a month's or a day's number in digits or in Chinese numerals (十二, 三十一)
const NUMBER = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
// YYYY年M月D日 (any width, spaces allowed)
const DATE = new RegExp(`${YEAR}\\s*年\\s*${NUMBER}\\s*月\\s*${NUMBER}\\s*日`);

/** The year a YEAR group holds, or null when it is none (under 1000: 〇〇一〇). */
function yearOf(group: string): number | null {
  const y = /^\d/.test(group) ? Number(group) : parseDigitByDigit(group);
  return y === null || y < 1000 ? null : y;
}

/** A fresh global regex for full dates anywhere in a text (for scans over a whole long text). */
export function datePattern(): RegExp {
  return new RegExp(DATE.source, 'g');
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A YYYY-MM-DD that names a day of the calendar (not 2023-02-30, not 2023-04-31; 2024-02-29 is one). */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export function findDate(s: string): FoundDate | null {
  const t = s.normalize('NFKC');
  const m = DATE.exec(t);
  if (!m) return null;
  const y = yearOf(m[1]);
  if (y === null) return null;
  const mo = parseChineseNumber(m[2]);
  const d = parseChineseNumber(m[3]);
  if (mo === null || d === null) return null;
  const value = iso(y, mo, d);
  return value ? { iso: value, index: m.index, length: m[0].length } : null;
}

/** A line that is only a date (the 成文日期 line of a signature block), a full stop typed after it or not (2020年6月3日。). */
export function parseDateLine(s: string): string | null {
  const t = s.normalize('NFKC').trim().replace(/日[。.]$/, '日');
  const f = findDate(t);
  if (!f) return null;
  const rest = (t.slice(0, f.index) + t.slice(f.index + f.length)).replace(/[\s()（）]/g, '');
  return rest === '' ? f.iso : null;
}

// YYYY年M月 alone (a plan or a report dated to its month: 二○○八年七月), digits or Chinese numerals
const MONTH = new RegExp(`^${YEAR}\\s*年\\s*${NUMBER}\\s*月$`);

/** A line that is only a year and a month (`2008年7月`, `二○○八年七月`) → YYYY-MM, or null. */
export function parseMonthLine(s: string): string | null {
  const m = MONTH.exec(s.normalize('NFKC').trim());
  if (!m) return null;
  const y = yearOf(m[1]);
  const mo = parseChineseNumber(m[2]);
  if (y === null || mo === null || mo < 1 || mo > 12) return null;
  return `${y}-${String(mo).padStart(2, '0')}`;
}

// YYYY年M月D alone, its 日 lost (a page's signature date cut short: 2024年2月27)
const DAY_LOST = new RegExp(`^${YEAR}\\s*年\\s*${NUMBER}\\s*月\\s*([0-9]{1,2})$`);

/** A line that is only a date whose 日 a page lost (`2024年2月27`) → YYYY-MM-DD when it names a day, or null. */
export function parseDayLostLine(s: string): string | null {
  const m = DAY_LOST.exec(s.normalize('NFKC').trim());
  if (!m) return null;
  const y = yearOf(m[1]);
  const mo = parseChineseNumber(m[2]);
  if (y === null || mo === null) return null;
  const value = iso(y, mo, Number(m[3]));
  return value && isCalendarDate(value) ? value : null;
}

// a date whose 年 and 月 a page lost, its digits run together (2017822日 for 2017年8月22日): a date all the same,
// though not one to read (822 may be 8-22 or 82-2)
const LOST_MARKS_DIGITS = '[12]\\d{3}(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\\d|3[01])';
const LOST_MARKS_DATE = `${LOST_MARKS_DIGITS}日`;

const LOST_MARKS_OPENING = new RegExp(`^${LOST_MARKS_DATE}`);
// (a line of it alone, its 日 lost too or not: 2019114, 2017822日)
const LOST_MARKS_LINE = new RegExp(`^${LOST_MARKS_DIGITS}日?$`);
// a date whose year's digits a page lost, 年 kept: 年2月5日 (of 2020年2月5日)
const LOST_YEAR_DATE = '年\\d{1,2}月\\d{1,2}日';
const LOST_YEAR_LINE = new RegExp(`^${LOST_YEAR_DATE}$`);

/** Every date in s that lost its year's digits (global): 年2月5日, with no digit or numeral of a year before it. */
export function lostYearDatePattern(): RegExp {
  return new RegExp(`(?<![\\d〇○零一二三四五六七八九])${LOST_YEAR_DATE}`, 'g');
}

/** Does s open with a date that lost its 年 and 月 (2017822日…)? */
export function opensWithLostMarksDate(s: string): boolean {
  return LOST_MARKS_OPENING.test(s);
}

/**
 * A line that is only a date whose 年, 月 (and 日) a page lost, its digits run together (2019114, 2017822日), or whose
 * year's digits it lost (年2月5日): a date all the same, though not one to read (114 may be 1-14 or 11-4).
 */
export function isLostMarksDateLine(s: string): boolean {
  const t = s.replace(/[\s\u3000]+/g, '');
  return LOST_MARKS_LINE.test(t) || LOST_YEAR_LINE.test(t);
}

/** Every date in s that lost its 年 and 月 (global). */
export function lostMarksDatePattern(): RegExp {
  return new RegExp(`(?<!\\d)${LOST_MARKS_DATE}`, 'g');
}

/**
 * The day a line of a date that lost its 年, 月 and 日 names, when its digits split into a month and a day one way only:
 * 20171116 (2017-11-16), 202465 (2024-06-05), 2017131 (2017-01-31: 13-1 is no day); null when they split two ways
 * (2019114: 1-14 or 11-4), or the line is no such date. Spaces kept between the parts (2017 6 23) tell the split.
 */
export function readLostMarksDateLine(s: string): string | null {
  const t = s.trim();
  const spaced = /^([12]\d{3})[ \t\u3000]+(\d{1,2})[ \t\u3000]+(\d{1,2})日?$/.exec(t);
  if (spaced) {
    const iso = `${spaced[1]}-${spaced[2].padStart(2, '0')}-${spaced[3].padStart(2, '0')}`;
    return isCalendarDate(iso) ? iso : null;
  }
  const run = /^([12]\d{3})(\d{2,4})日?$/.exec(t);
  if (!run) return null;
  const [, year, rest] = run;
  const days = [1, 2]
    .map((m) => [rest.slice(0, m), rest.slice(m)])
    .filter(([, day]) => day.length >= 1 && day.length <= 2)
    .map(([month, day]) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`)
    .filter(isCalendarDate);
  return days.length === 1 ? days[0] : null;
}
