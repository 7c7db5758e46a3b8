/**
 * A date written one inline span per line, as crawlers export page text (`2021` / `年` / `2` / `月` / `2` / `日`),
 * becomes one line again, so the signature's date is found. Only short fragments that start with a year and
 * together make exactly one full date are joined.
 */
import type { SourceLine, Warning } from '../types.js';
import { parseDateLine } from '../text/dates.js';

/** Most lines one date is spread over (year, 年, month, 月, day, 日, and a stray space line or two). */
const MAX_PARTS = 8;
/** Longest fragment: `2021年`, `12月`, `二〇二一`. */
const MAX_FRAGMENT = 5;
// the first fragment: a year in digits or Chinese numerals, optionally with 年
const YEAR_START = /^(?:[12]\d{3}|[〇零一二三四五六七八九]{4})年?$/;
// a fragment of a date: numerals and the unit characters
const FRAGMENT = /^[\d〇零一二三四五六七八九十年月日]+$/;

export function joinSplitDates(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    const head = first.text.trim().normalize('NFKC');
    if (!YEAR_START.test(head) || lines[i + 1] === undefined) {
      out.push(first);
      continue;
    }
    let text = head;
    let end = -1;
    for (let j = i + 1; j < Math.min(lines.length, i + MAX_PARTS); j++) {
      const t = lines[j].text.trim().normalize('NFKC');
      if (t.length > MAX_FRAGMENT || !FRAGMENT.test(t) || lines[j].table) break;
      text += t;
      if (t.endsWith('日')) {
        if (parseDateLine(text)) end = j;
        break;
      }
    }
    if (end < 0) {
      out.push(first);
      continue;
    }
    const parts = lines.slice(i, end + 1).flatMap((l) => l.parts ?? [l.line]);
    warnings.push({ code: 'split-date-joined', message: `joined a date written over ${end - i + 1} lines: "${text}"`, line: first.line });
    out.push({ ...first, text, raw: lines.slice(i, end + 1).map((l) => l.raw).join('\n'), parts });
    i = end;
  }
  return out;
}
