/**
 * A title run on into the 主送 on one line (a book or a page that lost the line end between them:
 * `某省人民政府关于表彰某某单位的通报各市人民政府，省政府各部门：`): the title and the addressee list, each a line of its
 * own, as GB/T 9704 prints them (7.3.1, 7.3.2). Only when the line opens with a title (关于…, or an organ's name before
 * 关于) ending in a formal kind of text after 的, and what follows it up to a colon reads as an addressee list.
 */
import type { SourceLine } from '../types.js';
import { isWholeTitleLine } from '../text/wholeTitle.js';
import { isRecipientsLine } from '../text/recipientsLine.js';
import { cutLines, piecesAt } from './linePieces.js';

/** Longest title looked for at the head of a line. */
const MAX_TITLE = 100;

/** Where the title the line opens with ends and its addressee list begins, or null. */
export function titleBeforeRecipientsAt(text: string): number | null {
  // (most lines are passed over here: a title opens with 关于 near the line's head, and a colon ends the list)
  const about = text.indexOf('关于');
  if (about < 0 || about > 30 || !/[：:]/.test(text)) return null;
  const colon = text.search(/[：:]/);
  for (let end = about + 4; end < Math.min(colon, MAX_TITLE); end++) {
    const title = text.slice(0, end).trim();
    // (a title holds no clause mark: a sentence citing one, 根据…关于…的通知，各区…：, is no title)
    if (/[，,。；;]/.test(title)) return null;
    if (!isWholeTitleLine(title)) continue;
    // (the list opens with a name, right after the title's kind)
    if (/^\p{Script=Han}/u.test(text.slice(end)) && isRecipientsLine(text.slice(end, colon + 1))) return end;
  }
  return null;
}

/** Lines with every title-and-主送 line cut into its title and its 主送 (the same array when none is). */
export function splitTitlesBeforeRecipients(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? null : titleBeforeRecipientsAt(l.text);
    return at === null ? null : piecesAt(l.text, [at]);
  });
}
