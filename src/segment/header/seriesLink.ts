/**
 * A link to the text of another year in the same series, printed before a title with a space between them, as an online
 * library heads a yearly notice (2005年 某某办公厅关于2006年部分节假日安排的通知, its next year's link on a line below):
 * no title opens with a year and a space before its issuer or 关于.
 */
import { opensTitle } from './titleOpening.js';

// a year and a space before what follows it: 2005年 某某…
const YEAR_LINK = /^\s*\d{4}年[\s\u3000]+(?=\S)/;

/** The title line without a year's link before it, or the line as it is. */
export function withoutSeriesLink(line: string): string {
  const m = YEAR_LINK.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  return opensTitle(rest) || /^关于/.test(rest) ? rest : line;
}
