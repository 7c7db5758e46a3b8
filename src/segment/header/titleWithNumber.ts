/**
 * A title line that carries its own 发文字号 at the end, as some gazettes print it:
 * `某市人民政府关于做好某某工作的通知（某政发〔2023〕4号）` or `…的通知 某政发〔2023〕4号`.
 * A citation is not one: its title is in 《》 (the text before the number ends with 》) or the line is a sentence.
 */
import { parseDocNumber, type DocNumber } from '../../text/docNumber.js';
import { detectDocType } from '../../text/docType.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { parseMarker } from '../../text/markers.js';

// <title> then, bracketed or after a space, 机关代字〔年份〕序号号 at the very end of the line
const TRAILING_NUMBER = /^(.*?[^\s（(])\s*[（(]?\s*([\u4e00-\u9fa5A-Za-z]{1,16}\s*[〔\[［【]\s*[12]\d{3}\s*[〕\]］】]\s*\d{1,5}\s*号)\s*[)）]?$/;

export function splitTrailingDocNumber(text: string): { title: string; number: DocNumber; raw: string } | null {
  if (!/号\s*[)）]?\s*$/.test(text) || text.length > 160) return null;
  const m = TRAILING_NUMBER.exec(text.trim());
  if (!m) return null;
  const title = m[1].trim();
  const t = removeAllSpaces(title);
  if (t.length < 6 || t.length > 80 || /》$/.test(t) || /[。；;：:，,！？]/.test(t)) return null;
  if (/^(根据|按照|依据|依照|为|对|经|现将)/.test(t) || parseMarker(t)) return null; // a sentence, or an item of a list
  const number = parseDocNumber(m[2]);
  if (!number || !detectDocType(t)) return null;
  return { title, number, raw: m[2] };
}
