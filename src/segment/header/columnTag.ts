/**
 * The name of a site's column a page prints in brackets before a title (`[应急知识]关于…的紧急提示`, `【政策解读】关于…的通知`):
 * no title opens with a bracketed label before 关于, its issuer or its words naming a kind of text.
 */
import { opensTitle } from './titleOpening.js';
import { detectDocType } from '../../text/docType.js';

// a column's name of a few Chinese characters in square or black brackets, opening the line: [应急知识] / 【政策解读】
const COLUMN_TAG = /^\s*[\[【［]\p{Script=Han}{2,8}[\]】］]\s*(?=\S)/u;

/** The title line without a column's name in brackets before it, or the line as it is. */
export function withoutColumnTag(line: string): string {
  const m = COLUMN_TAG.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  return /^关于/.test(rest) || opensTitle(rest) || detectDocType(rest) ? rest : line;
}
