/**
 * A title line that carries its own 发文字号 at the end, as some gazettes print it:
 * `某市人民政府关于做好某某工作的通知（某政发〔2023〕4号）` or `…的通知 某政发〔2023〕4号`; or a 关于 title of a formal
 * kind with its serial in brackets: `关于加强某事管理的通告(第6号)`, the number being the serial as printed.
 * A citation is not one: its title is in 《》 (the text before the number ends with 》) or the line is a sentence.
 */
import { parseBareSerial, parseDocNumber, type DocNumber } from '../../text/docNumber.js';
import { detectDocType, FORMAL_DOC_TYPES } from '../../text/docType.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { parseMarker } from '../../text/markers.js';

// <title> then, bracketed or after a space, 机关代字〔年份〕序号号 at the very end of the line
const TRAILING_NUMBER = /^(.*?[^\s（(])\s*[（(]?\s*([\u4e00-\u9fa5A-Za-z]{1,16}\s*[〔\[［【]\s*[12]\d{3}\s*[〕\]］】]\s*\d{1,5}\s*号)\s*[)）]?$/;

// a serial in brackets at the end of a formal kind's title: …的通告(第6号), …公告（2025年第2号） (the page's note of the place
// after it, as an encyclopedia titles its pages, left out: …的通告(第6號) (玉環市))
const TRAILING_SERIAL = /^(.*?[^\s（(])\s*([（(](?:[12]\d{3}年)?第\s*(?:\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})\s*[号號][)）])(?:\s*[（(][\u4e00-\u9fa5]{1,8}[市县縣区區省州旗盟镇鎮乡鄉][)）])?$/;

/** A formal kind's title with its serial in brackets after it, not a 令's or 公告's own heading (某市人民政府令(第5号)). */
function splitTrailingSerial(text: string): { title: string; number: DocNumber; raw: string } | null {
  const m = TRAILING_SERIAL.exec(text.trim());
  if (!m) return null;
  const title = m[1].trim();
  const t = removeAllSpaces(title);
  const kind = detectDocType(t);
  // (the code of an order's own heading is its organ: 某市人民政府令 + 第5号 is one number, left to parseDocNumber)
  if (!kind || !FORMAL_DOC_TYPES.has(kind) || !/关于|關於/.test(t) || t.length > 80 || /》$/.test(t) || /[。；;：:，,！？]/.test(t)) return null;
  const number = parseBareSerial(m[2]);
  return number ? { title, number, raw: m[2] } : null;
}

export function splitTrailingDocNumber(text: string): { title: string; number: DocNumber; raw: string } | null {
  if (!/[号號]/.test(text) || text.length > 160) return null;
  const serial = splitTrailingSerial(text);
  if (serial) return serial;
  if (!/号\s*[)）]?\s*$/.test(text)) return null;
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
