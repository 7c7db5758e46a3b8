/**
 * A law database's record head: the record's name, the maker's line, then the document's title printed again
 * (`关于开展某事的通知` / `某某部` / `关于开展某事的通知`). The three lines start a document even where no 发文字号, 主送 or
 * 题注 follows (a 公告 without recipients, a record cut short): a title printed twice around an organ is a head.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { detectDocType, withoutTrailingNotes } from '../../text/docType.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { buildTitleBlock, isTitleFragment, type TitleBlock } from './titleBlock.js';

/** The title block of a record head whose document title is lines[k], or null. */
export function recordHeadAt(lines: SourceLine[], k: number, floor: number): TitleBlock | null {
  if (k - 2 < floor) return null;
  // (the record's name as the document prints it, or with the site's note of a revision after it; the cheap tests first:
  // every line of a text is asked, and most open unlike the line two above)
  const [a, b] = [lines[k].text.trimStart(), lines[k - 2].text.trimStart()];
  if (a.length < 6 || a[0] !== b[0]) return null;
  const title = removeAllSpaces(lines[k].text);
  const heading = removeAllSpaces(lines[k - 2].text);
  if (title.length < 6 || !heading.startsWith(title) || (heading !== title && withoutTrailingNotes(heading) !== title)) return null;
  if (!detectDocType(title) || !looksLikeOrganName(removeAllSpaces(lines[k - 1].text)) || !isTitleFragment(lines[k]) || !isTitleFragment(lines[k - 2])) return null;
  const block = buildTitleBlock(lines, k - 1, k);
  return block && { ...block, first: k - 2 };
}
