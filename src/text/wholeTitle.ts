/**
 * A title line complete in itself, and the opening of a document's running text: where a title stands right over
 * its text's first line (no recipients between, no indent to tell them apart, as a page or a PDF's text gives it),
 * the title ends at its line.
 */
import { removeAllSpaces } from './normalize.js';
import { looksLikeOrganName } from './organName.js';
import { FORMAL_DOC_TYPES, detectDocType } from './docType.js';

// words that open a sentence citing a title (按照市人民政府关于…的通知要求): no organ opens a title with them
const CITING_OPENING = /^(按照|根据|依据|依照|遵照|参照|对照|贯彻|落实|执行|结合|为|经|据|由|在|对|将|把|向|与|和|及|请|现|并)/;
// words that open a document's first sentence (为认真贯彻…, 根据…, 现将…): no title goes on with them
const TEXT_OPENING = /^(为了?|根据|按照|依据|依照|遵照|近年来|现将|现就)/;

/** Does t open with a word that opens a sentence citing a title (根据…, 按照…), which no title opens with? */
export function opensCitingClause(t: string): boolean {
  return CITING_OPENING.test(t);
}

// a line that stops where no name or title ends: after 的, a conjunction or a preposition (某县新型冠状病毒感染的 /
// 某某人民政府关于)
const UNFINISHED_END = /(?:的|和|与|及|以及|暨|关于|对|对于|在)$/;

/** Does t stop inside a name or a title, after 的, a conjunction or a preposition? */
export function stopsUnfinished(t: string): boolean {
  return UNFINISHED_END.test(t);
}

/** Does 关于 open t (without spaces), or follow the organ's name that opens it (某市人民政府关于…)? */
export function aboutOpensTitle(t: string): boolean {
  const about = t.indexOf('关于');
  return about === 0 || (about > 0 && looksLikeOrganName(t.slice(0, about)));
}

/**
 * 关于… opening the line (after its organ, if any), one of the formal kinds after 的 closing it (关于某事的通知,
 * 某市人民政府关于某事的意见), and no clause mark or open book bracket in it, as running text citing a title has
 * (根据省政府关于某事的通知, 《某某关于某事的通知).
 */
export function isWholeTitleLine(text: string): boolean {
  const t = removeAllSpaces(text);
  if (!aboutOpensTitle(t) || (!t.startsWith('关于') && CITING_OPENING.test(t))) return false;
  if (/[，。；,;：:]/.test(t) || t.split('《').length !== t.split('》').length) return false;
  const kind = detectDocType(t);
  return !!kind && FORMAL_DOC_TYPES.has(kind) && t.endsWith(`的${kind}`);
}

/** A line no title goes on with: a clause mark in it, or a first sentence's opening words. */
export function opensRunningText(text: string): boolean {
  const t = text.trim();
  return /[，。；,;]/.test(t) || TEXT_OPENING.test(t);
}

/** Does a whole title end at prevText, the line under it (nextText) opening its text? */
export function titleEndsAbove(prevText: string, nextText: string): boolean {
  return isWholeTitleLine(prevText) && opensRunningText(nextText);
}
