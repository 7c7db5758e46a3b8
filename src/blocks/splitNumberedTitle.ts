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
import { cutLines } from './linePieces.js';

// a line opening like a 发文字号: a 机关代字 of up to ten characters, then the year's bracket
const NUMBER_OPENING = /^[\s\u3000]*[\u4e00-\u9fa5A-Za-z]{1,10}[〔\[［【(（]/;
/** Longest line read: a number and a title. */
const MAX_LINE = 150;

// a dash a site puts between the number and the title (某政办〔2019〕1号—某某关于…的通知), spaces around it
const SEPARATOR = /^[\s\u3000]*[—–－―-]*[\s\u3000]*/;

/** Where the number the line opens with ends and where the title after it starts, or null. */
function numberedTitleParts(text: string): { numberEnd: number; titleStart: number } | null {
  // (most lines are passed over here: a number opens with its 机关代字 and a bracket)
  if (text.length > MAX_LINE || !NUMBER_OPENING.test(text)) return null;
  const end = leadingDocNumberEnd(text.trimStart());
  if (end === null) return null;
  const numberEnd = text.length - text.trimStart().length + end;
  const titleStart = numberEnd + SEPARATOR.exec(text.slice(numberEnd))![0].length;
  // (a site's heading prints the title in 《》 after the number: the title is inside them)
  const rest = removeAllSpaces(text.slice(titleStart)).replace(/^《(.*)》$/, '$1');
  // (a title's clause marks: a sentence is no title)
  if (/[。；，,：:]/.test(rest) || !detectDocType(rest)) return null;
  return aboutOpensTitle(rest) ? { numberEnd, titleStart } : null;
}

/** Where the title starts after the number the line opens with, or null. */
export function numberedTitleAt(text: string): number | null {
  return numberedTitleParts(text)?.titleStart ?? null;
}

/** Lines with every number-and-title line cut into its number and its title (the same array when none is). */
export function splitNumberedTitles(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const parts = l.table ? null : numberedTitleParts(l.text);
    // (the dash between them, if any, is neither's)
    return parts && [{ start: 0, text: l.text.slice(0, parts.numberEnd) }, { start: parts.titleStart, text: l.text.slice(parts.titleStart) }];
  });
}
