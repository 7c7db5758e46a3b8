/**
 * Citations in a table row: a plan's table of earlier policies lists a title in one cell and its 发文字号
 * in another, without the brackets running text puts around the number.
 */
import { findCitations, type FoundCitation } from './findCitations.js';
import { parseDocNumber } from '../text/docNumber.js';
import { detectDocType } from '../text/docType.js';
import { append } from '../util/arrays.js';

/** Citations of one row of cells. */
export function tableRowCitations(cells: string[], ownNumber: string | null): FoundCitation[] {
  // a citing row has a quoted title, a number (…号) or an unquoted 关于… title
  if (!cells.some((c) => /[《号]|关于/.test(c))) return [];
  let number: string | null = null;
  let title: string | null = null;
  const rest: FoundCitation[] = [];
  for (const cell of cells) {
    const t = cell.trim();
    if (!t) continue;
    const n = parseDocNumber(t);
    if (n && !number) {
      number = n.normalized;
      continue;
    }
    // a cell that is one title, quoted or unquoted with 关于: 《某市XX办法》 / 某市人民政府关于…的通知
    const quoted = /^《([^《》]{2,120})》$/.exec(t);
    const bare = !quoted && t.length <= 120 && /关于/.test(t) && !/[。；，]/.test(t) && detectDocType(t) ? t : null;
    if (!title && (quoted || bare)) {
      title = quoted ? quoted[1] : bare;
      continue;
    }
    append(rest, findCitations(t, ownNumber));
  }
  const out = rest;
  if (title || number) {
    if (number && number === ownNumber) number = null;
    if (title && number) out.unshift({ kind: 'document', title, docNumber: number, article: null, index: 0 });
    else if (title && detectDocType(title)) out.unshift({ kind: 'title', title, docNumber: null, article: null, index: 0 });
    else if (number) out.unshift({ kind: 'number', title: null, docNumber: number, article: null, index: 0 });
  }
  return out;
}
