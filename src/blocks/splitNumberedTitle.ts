/**
 * A 发文字号 printed on the line of the title under it (`吉教发[2015]1号关于印发《某某要点》的通知`, a page that lost the
 * line end between them): the number and the title, each a line of its own, as the 版头 prints them (GB/T 9704
 * 7.2.4, 7.3.1). Only when what follows the number is a title — it opens with 关于, or with an organ's name before 关于,
 * and ends with a kind of text, in 《》 or not (a site's heading: `某政发〔2014〕20号《某省人民政府关于…的意见》`) —
 * never a sentence (the number of a cited text goes on into its clause).
 */
import type { SourceLine } from '../types.js';
import { leadingDocNumberEnd } from '../text/docNumber.js';
import { detectDocType } from '../text/docType.js';
import { aboutOpensTitle } from '../text/wholeTitle.js';
import { removeAllSpaces } from '../text/normalize.js';
import { cutLines, piecesAt } from './linePieces.js';

// a line opening like a 发文字号: a 机关代字 of up to ten characters, then the year's bracket
const NUMBER_OPENING = /^[\s\u3000]*[\u4e00-\u9fa5A-Za-z]{1,10}[〔\[［【(（]/;
/** Longest line read: a number and a title. */
const MAX_LINE = 150;

/** Where the title starts after the number the line opens with, or null. */
export function numberedTitleAt(text: string): number | null {
  // (most lines are passed over here: a number opens with its 机关代字 and a bracket)
  if (text.length > MAX_LINE || !NUMBER_OPENING.test(text)) return null;
  const end = leadingDocNumberEnd(text.trimStart());
  if (end === null) return null;
  const at = text.length - text.trimStart().length + end;
  // (a site's heading prints the title in 《》 after the number: the title is inside them)
  const rest = removeAllSpaces(text.slice(at)).replace(/^《(.*)》$/, '$1');
  // (a title's clause marks: a sentence is no title)
  if (/[。；，,：:]/.test(rest) || !detectDocType(rest)) return null;
  return aboutOpensTitle(rest) ? at : null;
}

/** Lines with every number-and-title line cut into its number and its title (the same array when none is). */
export function splitNumberedTitles(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? null : numberedTitleAt(l.text);
    return at === null ? null : piecesAt(l.text, [at]);
  });
}
