/**
 * An article run on after the last sentence of the one before it (a copy that lost one line end: `…（六）不得与其他文件
 * 重复或矛盾。第六条 某科负责…`): the next article began a line of its own. Cut where a sentence end is followed by the
 * heading of the article that comes next in the text (第六条 after 第五条 opened an earlier line), a space after its
 * number as a heading has, or where a sentence that lost its stop runs into it (…之日起施行第八条 本办法…); a 第六条 cited
 * in a sentence (依照第六条规定, 依照第六条 规定) or out of sequence cuts nothing.
 */
import type { SourceLine } from '../types.js';
import { parseMarker } from '../text/markers.js';
import { cutLines, piecesAt } from './linePieces.js';

// a sentence end (。；！？, a closing quote or bracket after it), then an article's 第X条 and a space after it
const SENTENCE_THEN_ARTICLE = /(?<=[。；！？][”’」』）)]*)第[零〇一二两三四五六七八九十百千\d]+条(?=[ \t\u3000])/g;
// …or a sentence that lost its stop (…之日起施行第八条 本办法…): a Han character, then 第X条, a space, and no word that
// goes on a citation (第八条 规定的, 第八条 所列, 第八条 第二款, 第八条 、第九条)
// (the spaces taken whole: a lookahead that could stop on a space would let 第八条  规定 through)
const LOST_STOP_THEN_ARTICLE = /(?<=\p{Script=Han})第[零〇一二两三四五六七八九十百千\d]+条(?=[ \t\u3000]+(?![ \t\u3000规的所之中第至、，,和或及项款]))/gu;

/** Characters read after a match for the article's label and the space after it. */
const LABEL_WINDOW = 40;

/** Where in the text the articles numbered `next`, `next + 1`, … begin after sentence ends, in order. */
export function gluedArticleBreaks(text: string, next: number): number[] {
  // (most lines are passed over here: no 第…条 after a character)
  if (!/.第[^第]{1,6}条/.test(text)) return [];
  const found = [...text.matchAll(SENTENCE_THEN_ARTICLE), ...text.matchAll(LOST_STOP_THEN_ARTICLE)].sort((a, b) => a.index - b.index);
  const at: number[] = [];
  for (const m of found) {
    // (the heading's label is read from a window: a slice to the line's end at every match would cost n²)
    if (parseMarker(text.slice(m.index, m.index + LABEL_WINDOW))?.number !== next + at.length) continue;
    at.push(m.index);
  }
  return at;
}

/** Lines with every article run on after the one before it cut off into a line of its own (the same array when none is). */
export function splitGluedArticles(lines: SourceLine[]): SourceLine[] {
  let last: number | null = null;
  return cutLines(lines, (l) => {
    const head = parseMarker(l.text);
    if (head?.kind === 'article' && head.number !== null) last = head.number;
    if (last === null || l.table) return null;
    const at = gluedArticleBreaks(l.text, last + 1);
    if (!at.length) return null;
    last += at.length;
    return piecesAt(l.text, at);
  });
}
