/**
 * A short line with no punctuation that cannot go on into the next one: a label, a menu item or a site's name
 * saved with page text (`站内搜索`, `某市人民政府门户网站`). A wrapped sentence breaks at the column's width, so the
 * line above a title that continues a sentence is long or ends in a word that needs what follows (的, 根据…).
 */
import { removeAllSpaces } from '../../text/normalize.js';

/** Longest line taken as standing alone. */
const MAX_CHARS = 12;
// any punctuation: a line with a clause mark is running text
const PUNCTUATION = /[，、。；：！？,.;:!?“”（）()《》]/;
// ends in a word that needs what follows: 的, a conjunction, a preposition, a verb of reference
const UNFINISHED = /(?:的|和|与|及|或|并|对|在|将|把|为|由|向|从|以|根据|按照|依据|依照|关于|以及|贯彻|落实|印发|转发)$/;

export function isStandaloneLine(text: string): boolean {
  const t = removeAllSpaces(text);
  return t.length >= 2 && t.length <= MAX_CHARS && !PUNCTUATION.test(t) && !UNFINISHED.test(t);
}

/** Does the text end in a word that needs what follows (`关于`, `的`, `根据`…), so that the next line goes on with it? */
export function endsUnfinished(text: string): boolean {
  return UNFINISHED.test(removeAllSpaces(text));
}
