/**
 * A closing formula run on into the signature after it (a page that lost its line ends: `…举报电话:2161496特此通告某市某区
 * 人民政府2023年5月22日附件:…`): the formula, the organ, the date and what follows each began a line of their own, as
 * GB/T 9704 prints them (7.3.5). Only when what follows the formula is an organ's name and a date right after it.
 */
import type { SourceLine } from '../types.js';
import { CLOSING_WORDS } from '../text/closingFormula.js';
import { datePattern } from '../text/dates.js';
import { looksLikeOrganName } from '../text/organName.js';
import { cutLines, piecesAt } from './linePieces.js';

// a closing formula anywhere on the line (特此通告, 此复 …)
const FORMULA = new RegExp(CLOSING_WORDS);
// …its stop or none, with more text right after it on the line
const FORMULA_THEN_TEXT = new RegExp(`(?:${CLOSING_WORDS})[。！!]?(?=\\S)`, 'g');
/** Longest organ's name read between the formula and the date. */
const MAX_ORGAN = 40;

/** Where the organ, the date and what follows the date begin after a closing formula run on into them; none else. */
export function closingRunOnBreaks(text: string): number[] {
  // (most lines are passed over here: no closing formula in them)
  if (!FORMULA.test(text)) return [];
  for (const m of text.matchAll(FORMULA_THEN_TEXT)) {
    const organAt = m.index + m[0].length;
    const date = datePattern().exec(text.slice(organAt, organAt + MAX_ORGAN + 20));
    if (!date || date.index === 0 || date.index > MAX_ORGAN || !looksLikeOrganName(text.slice(organAt, organAt + date.index))) continue;
    const dateAt = organAt + date.index;
    const after = dateAt + date[0].length;
    return after < text.trimEnd().length ? [organAt, dateAt, after] : [organAt, dateAt];
  }
  return [];
}

/** Lines with every closing formula run on into its signature cut into formula, organ, date and the rest. */
export function splitClosingRunOns(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? [] : closingRunOnBreaks(l.text);
    return at.length ? piecesAt(l.text, at) : null;
  });
}
