/**
 * The 发文字号 a 题注 gives the document: the number of its promulgation clause (`（1984年7月4日某政发〔1984〕88号公布
 * 根据2011年2月25日某某省人民政府令第148号修订）`), as a government printed it when it issued rules under a 发文字号
 * rather than an order. Never an amendment's number, and never an order's serial (令第N号: the order's, as the issuer
 * is read from it).
 */
import { findDocNumber } from '../../text/docNumber.js';
import { AMENDING, noteClauses, PROMULGATING } from './titleNote.js';

// the promulgating verb right after the number (the clause's own verbs, not spelled again)
const PROMULGATION_FIRST = new RegExp(`^\\s*(?:${PROMULGATING.source})`);

/** The bracketed-year 发文字号 of the note's promulgation clause, normalised, or null. */
export function titleNoteNumber(note: string): string | null {
  for (const clause of noteClauses(note)) {
    if (!PROMULGATING.test(clause.afterDate) || AMENDING.test(clause.afterDate)) continue;
    const text = clause.afterDate.trim();
    const number = findDocNumber(text);
    // (the number opens the clause and its verb follows it: 某政发〔1984〕88号公布, not one a clause cites, 根据某政发〔1984〕
    // 88号精神公布)
    if (number && number.index === 0 && PROMULGATION_FIRST.test(text.slice(number.match.length))) return number.parsed.normalized;
  }
  return null;
}
