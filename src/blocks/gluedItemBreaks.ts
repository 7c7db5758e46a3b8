/**
 * Items run on in a text that lost its line ends (…通知如下：一、某某主持全面工作。二、某某协助分管…): each 一、 二、 …
 * item began a line of its own. Where each item of such a sequence begins, when it stands right after a colon or a
 * sentence end and the items follow one another from 一 (two or more); none else, so a list in a sentence
 * (分为一、二、三级) or a lone 一、 cuts nothing.
 */
import type { SourceLine } from '../types.js';
import { parseChineseNumber } from '../text/chineseNumber.js';
import { cutLines, piecesAt } from './linePieces.js';

// an item's Chinese number and 、 right after a colon or a sentence end (：。；！？, closing quotes or brackets after it)
const ITEM_AFTER_MARK = /(?<=[：:。；！？][”’」』）)]*)([一二三四五六七八九十]{1,3})、/g;

// an item's number and 、 anywhere, not inside a run of numbers (一、二、三级, 三、四家) and before a character of its heading
const ITEM_ANYWHERE = /(?<![一二三四五六七八九十、])([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fa5])(?![一二三四五六七八九十])/g;

/**
 * Offsets where the items of a sequence run on after colons and sentence ends begin, in order. Once two of them stand
 * after marks, the next ones of the sequence may follow text that ends without a mark (a list of names, …武警部队副参谋长
 * 三、工作机构及其职责).
 */
export function gluedItemBreaks(text: string): number[] {
  const at: number[] = [];
  let next = 1;
  for (const m of text.matchAll(ITEM_AFTER_MARK)) {
    if (parseChineseNumber(m[1]) !== next) continue;
    at.push(m.index);
    next++;
  }
  if (at.length === 0) return itemAfterLostLineEnd(text);
  if (at.length < 2) return itemsAfterClauses(text, at);
  const after = at[at.length - 1] + 2;
  for (const m of text.slice(after).matchAll(ITEM_ANYWHERE)) {
    if (parseChineseNumber(m[1]) !== next) continue;
    at.push(after + m.index);
    next++;
  }
  return at;
}

// an item's number and 、 right after a clause mark, a comma too (…严格控制:一、… ,二、… ,三、…), before its heading's words
const ITEM_AFTER_CLAUSE = /(?<=[，,；;：:。！？][”’」』）)]*)([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fa5\d])/g;
/** Fewest items a sequence run on after commas must have. */
const MIN_ITEMS_AFTER_COMMAS = 3;

/**
 * A sequence whose first item follows a colon or a sentence end and whose next ones follow commas (a page that joined
 * its items with commas: …严格控制:一、2023年6月6日…,二、2023年6月7日…,三、为了…): three items or more, from 一.
 */
function itemsAfterClauses(text: string, afterMarks: number[]): number[] {
  if (afterMarks.length !== 1) return [];
  const at = [afterMarks[0]];
  for (const m of text.slice(afterMarks[0] + 2).matchAll(ITEM_AFTER_CLAUSE)) {
    if (parseChineseNumber(m[1]) !== at.length + 1) continue;
    at.push(afterMarks[0] + 2 + m.index);
  }
  return at.length >= MIN_ITEMS_AFTER_COMMAS ? at : [];
}

// a colon, the space a lost line end left, and a first item before its heading's words (…通知如下: 一、各部门要…), not
// a run of numbers (分类: 一、二、三类)
const ITEM_AFTER_SPACED_COLON = /[：:][ \t\u3000]+(?=一、[\u4e00-\u9fa5\d](?<!一、[一二三四五六七八九十]))/;

/**
 * A first item alone after a colon and a space (a page that flattened its lines put a space where a line ended:
 * …现就有关工作通知如下: 一、各部门要…): it began a line of its own. Without the space a lone item stays (…如下：一、…).
 */
export function itemAfterLostLineEnd(text: string): number[] {
  // (most lines are passed over here: no 一、)
  if (!text.includes('一、')) return [];
  const m = ITEM_AFTER_SPACED_COLON.exec(text);
  return m ? [m.index + m[0].length] : [];
}

/** Lines with a first item run on after a colon and a space cut before it (the same array when none is). */
export function splitItemsAfterSpacedColons(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? [] : itemAfterLostLineEnd(l.text);
    return at.length ? piecesAt(l.text, at) : null;
  });
}
