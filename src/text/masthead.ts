/** Issue masthead (报头): `XX人民政府公报`, year, 第N期, 总第M期, `…出版`, `…主办`, 双月刊/季度刊. */
import { removeAllSpaces } from './normalize.js';
import { findDate } from './dates.js';

export interface MastheadFields {
  title?: string;
  year?: number;
  number?: number;
  totalNumber?: number;
  publishDate?: string;
  sponsor?: string;
  frequency?: string;
}

// Gazette name: ends in 公报 or 政报 (XX人民政府公报, 国务院公报, XX政报), nothing else on the line
const GAZETTE_TITLE = /^[\u4e00-\u9fa5]{2,24}(公报|政报)$/;
// Statistical and other bulletins are documents, not gazette names
const NOT_GAZETTE = /(统计|普查|公告|决议|会议|环境状况|发展)公报$/;

export function parseGazetteTitle(text: string): string | null {
  const t = removeAllSpaces(text);
  return GAZETTE_TITLE.test(t) && !NOT_GAZETTE.test(t) ? t : null;
}

// Publication frequency printed in the masthead
const FREQUENCY = /(双月刊|半月刊|月刊|季度刊|季刊|旬刊|周刊|半年刊|年刊)/;

/** Fields carried by one masthead line (other than the title), or null when the line is not a masthead line. */
export function parseMastheadLine(text: string): MastheadFields | null {
  const t = removeAllSpaces(text.normalize('NFKC'));
  const out: MastheadFields = {};
  if (/^[A-Z][A-Z\s]{6,}$/.test(text.trim())) return out; // pinyin name of the gazette
  if (/^[12]\d{3}年?$/.test(t)) {
    out.year = Number(t.slice(0, 4));
    return out;
  }
  // 第3期 / 2023年第3期 / (总第150期); the State Council gazette counts 第5号（总号：1793）
  const num = /(?:^|[^总])第(\d{1,3})[期号]/.exec(t);
  const total = /总第(\d{1,5})[期号]/.exec(t) ?? /总号[:：]?(\d{1,5})/.exec(t);
  const year = /^([12]\d{3})年/.exec(t);
  if (num) out.number = Number(num[1]);
  if (total) out.totalNumber = Number(total[1]);
  if ((num || total) && year) out.year = Number(year[1]);
  // 2023年9月30日出版(季度刊)
  if (/出版/.test(t)) {
    const d = findDate(t);
    if (d) out.publishDate = d.iso;
  }
  const freq = FREQUENCY.exec(t);
  if (freq) out.frequency = freq[1];
  // 某市某区人民政府办公室主办 / 主办：XX
  const sponsor = /^(?:主办(?:单位)?[:：])?(.+?)主办$/.exec(t) ?? /^主办(?:单位)?[:：](.+)$/.exec(t);
  if (sponsor && !/[，。]/.test(sponsor[1])) out.sponsor = sponsor[1];
  if (Object.keys(out).length === 0) return null;
  // A masthead line is short and carries nothing but these fields
  return t.length <= 40 ? out : null;
}
