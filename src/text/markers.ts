/**
 * Numbering markers that open structural units: 编/章/节/条 and the item levels
 * 一、 （一） 1. （1） ① (plus decimal headings 1.1 / 3.2.1 used by 预案 and standards).
 */
import { CN_NUM_CHARS, parseChineseNumber } from './chineseNumber.js';

export type MarkerKind = 'part' | 'chapter' | 'section' | 'article' | 'cn' | 'cnParen' | 'arabic' | 'arabicParen' | 'circled' | 'dec1' | 'dec2' | 'dec3';

export interface Marker {
  kind: MarkerKind;
  label: string;
  number: number | null;
  /** Text after the marker. */
  rest: string;
}

const N = `[${CN_NUM_CHARS}\\d]+`;
// 第一编 / 第三章 / 第二节 + title (layout spaces allowed: 第一章 总 则)
const STRUCT = new RegExp(`^(第\\s*(${N})\\s*(编|章|节))(?:[\\s\\u3000]+|$|(?=[^、，,和及至或与的规中所]))(.*)$`);
// 第十二条 + space / （caption） / text, but not references such as 第十七条、第十八条 or 第五条规定, nor a decision's
// amending instructions (第九条修改为…, 第十三条增加一款…, 第十条第四项修改为…)
const ARTICLE = new RegExp(`^(第\\s*(${N})\\s*条)(?:之[${CN_NUM_CHARS}]+)?(?![、，,和及至或与的规中所款项]|修改为|改为|后增加|前增加|增加一|删去|删除|第${N}[款项])\\s*(.*)$`);
// 一、 (not 一、二级… where the text goes on with another numeral)
const CN_ITEM = new RegExp(`^(([${CN_NUM_CHARS}]+)[、，,.．])(?![${CN_NUM_CHARS}]+[、级类等])\\s*(.*)$`);
// （一） or (一)
const CN_PAREN = new RegExp(`^([（(]\\s*([${CN_NUM_CHARS}]+)\\s*[）)])\\s*(.*)$`);
// 1. 1． 1、 (not 1.5 or 2019.)
const ARABIC = /^((\d{1,3})\s*[.．、](?!\d))\s*(.*)$/;
// （1） (1)
const ARABIC_PAREN = /^([（(]\s*(\d{1,3})\s*[）)])\s*(.*)$/;
// ① … ⑳
const CIRCLED = /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*(.*)$/;
// 3.2.1 title / 1.1 title / 1 总则 (short heading only)
const DECIMAL = /^((\d{1,2})(?:\.(\d{1,2}))(?:\.(\d{1,2}))?)\s+(\S.*)$/;
const DEC1 = /^((\d{1,2}))\s+([\u4e00-\u9fa5][^\s，。；：]{1,19})$/;

const CIRCLED_CHARS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function parseMarker(text: string): Marker | null {
  const t = text.trim();
  let m = ARTICLE.exec(t);
  if (m) return { kind: 'article', label: m[1].replace(/\s+/g, ''), number: parseChineseNumber(m[2]), rest: m[3] };
  m = STRUCT.exec(t);
  if (m) {
    const kind = m[3] === '编' ? 'part' : m[3] === '章' ? 'chapter' : 'section';
    return { kind, label: m[1].replace(/\s+/g, ''), number: parseChineseNumber(m[2]), rest: m[4] };
  }
  m = CN_PAREN.exec(t);
  if (m) return { kind: 'cnParen', label: m[1], number: parseChineseNumber(m[2]), rest: m[3] };
  m = ARABIC_PAREN.exec(t);
  if (m) return { kind: 'arabicParen', label: m[1], number: Number(m[2]), rest: m[3] };
  m = CN_ITEM.exec(t);
  if (m && /[、]/.test(m[1].slice(-1)) ) return { kind: 'cn', label: m[1], number: parseChineseNumber(m[2]), rest: m[3] };
  m = CIRCLED.exec(t);
  if (m) return { kind: 'circled', label: m[1], number: CIRCLED_CHARS.indexOf(m[1]) + 1, rest: m[2] };
  m = DECIMAL.exec(t);
  if (m) {
    const kind = m[4] !== undefined ? 'dec3' : 'dec2';
    return { kind, label: m[1], number: Number(m[4] ?? m[3]), rest: m[5] };
  }
  m = ARABIC.exec(t);
  if (m && !/^\d{4}/.test(t)) return { kind: 'arabic', label: m[1].replace(/\s+/g, ''), number: Number(m[2]), rest: m[3] };
  m = DEC1.exec(t);
  if (m) return { kind: 'dec1', label: m[1], number: Number(m[2]), rest: m[3] };
  return null;
}

export const STRUCTURAL_RANK: Partial<Record<MarkerKind, number>> = { part: 1, chapter: 2, section: 3, article: 4 };
