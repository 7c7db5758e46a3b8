/**
 * A title glued to its text's first sentence on a line of its own (a page that lost the line end after the title:
 * `某某关于 / 某事的通告为推进某事，…` or, under the title printed as a heading, `某事通告 / 某事通告为了保护…，…`): the
 * title and the sentence, each a line of its own. Only where the glued title is a title: a whole 关于 title, the rest
 * of a title whose line above stops at 关于, or the heading above printed again.
 */
import type { SourceLine } from '../types.js';
import { gluedTitleEnd } from './titleOpeningBreaks.js';
import { isWholeTitleLine, stopsUnfinished } from '../text/wholeTitle.js';
import { removeAllSpaces } from '../text/normalize.js';
import { cutLines, piecesAt } from './linePieces.js';

/** Lines with every title-and-first-sentence line cut after its title (the same array when none is). */
export function splitGluedTitleBodies(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l, i) => {
    if (l.table) return null;
    const end = gluedTitleEnd(l.text);
    if (end === null) return null;
    const title = removeAllSpaces(l.text.slice(0, end));
    const above = i > 0 ? removeAllSpaces(lines[i - 1].text) : '';
    return isWholeTitleLine(title) || stopsUnfinished(above) || above === title ? piecesAt(l.text, [end]) : null;
  });
}
