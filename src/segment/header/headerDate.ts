/**
 * The 成文日期 a web copy prints on its own line under the title, before the 发文字号 or the 主送 line: a date
 * alone (`2024年3月5日`), or with the signing organ beside it (`2024年3月5日 某某省人民政府`, either order, a comma
 * between them or not), or with the document's number in a compilation's note (`（1985年5月4日某政〔1985〕38号）`).
 */
import { findDate } from '../../text/dates.js';
import { looksLikeOrganName, organsOfLine } from '../../text/organName.js';
import { parseDocNumber } from '../../text/docNumber.js';

export interface HeaderDate {
  iso: string;
  /** The organs printed beside the date (none for a date alone). */
  organs: string[];
}

export function parseHeaderDate(text: string): HeaderDate | null {
  const t = text.normalize('NFKC').trim();
  if (t.length > 60) return null;
  const f = findDate(t);
  if (!f) return null;
  // (a law database writes the two with a comma between them: 1990年3月10日,某某部)
  const rest = (t.slice(0, f.index) + ' ' + t.slice(f.index + f.length)).replace(/[()（）]/g, ' ').replace(/^[,，、\s]+|[,，、\s]+$/g, '').trim();
  // (or with the document's number: a compilation's note, （1985年5月4日某政〔1985〕38号）)
  if (rest === '' || parseDocNumber(rest)) return { iso: f.iso, organs: [] };
  const organs = organsOfLine(rest);
  return organs.every(looksLikeOrganName) ? { iso: f.iso, organs } : null;
}
