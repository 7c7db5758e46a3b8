/**
 * 目录 leaders: the marks that lead a 目录 entry to its page number (`某某办法……12`, `第一章 总则 ..... 3`). One
 * set of marks for every stage that meets them: the 目录 of an issue, a text's own 目录, page furniture, PDF lines.
 */

/** The leader marks: full stops of both widths, the ideographic full stop, ellipses, middle dots, bullets. */
export const LEADER_CHARS = '.．。…·•';

// two or more leader marks, then a page number (in brackets or not) ending the line: ……12 / ..... (12)
const LEADER_PAGE = new RegExp(`[${LEADER_CHARS}]{2,}\\s*[（(]?\\s*\\d{1,4}\\s*[)）]?$`);
// a line of leader marks only (six or more, spaces between them allowed)
const LEADER_LINE = new RegExp(`^[${LEADER_CHARS}\\s]{6,}$`);

/** The line ends with leader marks and a page number, as a 目录 entry does: no text continues it. */
export function endsWithLeaderPage(text: string): boolean {
  return LEADER_PAGE.test(text.trim());
}

/** The line is leader marks only: a 目录 entry exported one span a line (title / leaders / page). */
export function isLeaderLine(text: string): boolean {
  return LEADER_LINE.test(text.trim());
}
