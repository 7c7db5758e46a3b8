/**
 * A signature printed on one line, the organ and its date with a space between them (`某市人民政府办公室 2023年7月12日`):
 * the signature stage reads it, and so does the blocks stage when it decides that a flattened table's closing pipe
 * closes a signature (`… 2014年5月11日 |`).
 */
import { parseDateLine } from './dates.js';
import { looksLikeOrganName } from './organName.js';

// an organ, a space, and a date whose 年, 月 and 日 are printed
const ORGAN_AND_DATE = /^(\S.*?)\s+(\S+年\S+月\S+日)$/;

/** The organ as printed and the date (YYYY-MM-DD) of a line that is an organ and its date, or null. */
export function parseOrganDateLine(text: string): { organ: string; date: string } | null {
  const m = ORGAN_AND_DATE.exec(text.trim());
  if (!m || !looksLikeOrganName(m[1])) return null;
  const date = parseDateLine(m[2]);
  return date ? { organ: m[1], date } : null;
}
