/** 发文字号: 机关代字〔年份〕序号号 (GB/T 9704-2012 7.2.4), and orders numbered 第N号. */
import { removeAllSpaces } from './normalize.js';
import { parseChineseNumber } from './chineseNumber.js';
import { looksLikeOrganName } from './organName.js';

export interface DocNumber {
  /** Normalised: 〔〕 brackets, no spaces, ASCII digits. */
  normalized: string;
  code: string;
  year: number | null;
  serial: number;
}

// 机关代字 + 〔2022〕/[2022]/［2022］/(2022) + 序号 + 号, e.g. 某市政发〔2022〕17号, 某政发[2023] 4 号 (the code's
// characters Chinese or Latin, or a template's mask × or X: ×政发[2015]63号, XX办发〔2020〕1号)
const BRACKETED = /^([\u4e00-\u9fa5A-Za-z×]{1,16}?)[〔\[［【(（]([12]\d{3})[〕\]］】)）]第?(\d{1,5})号$/;
// 机关代字 + 〔〕 + 序号 + 号: a number whose year's digits a page lost (瑞防领〔〕10号)
const YEAR_LOST = /^([\u4e00-\u9fa5A-Za-z×]{1,16}?)[〔\[［【]〕?[〕\]］】]?第?(\d{1,5})号$/;
// the year before the code, as numbers were written until the 1980s: (78)交公路字412号, 〔1985〕某发字第3号
const YEAR_FIRST = /^[〔\[［【(（]((?:19)?\d{2})[〕\]］】)）]([\u4e00-\u9fa5]{1,12}?)第?(\d{1,5})号$/;
// Orders and notices numbered 第N号: 某市人民政府令第5号, 国家税务总局公告2023年第1号, 某市人大常委会公告第三十七号,
// the serial in brackets: 某省人民政府令(第52号) (the closing bracket may be taken off before)
const ORDINAL = /^([\u4e00-\u9fa5]{1,30}?(?:令|公告|通告))\(?(?:([12]\d{3})年)?第(\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})号\)?$/;

// what ends the code of an order or of an announcement numbered 第N号: 某市人民政府令, 某某常务委员会公告
const ORDER_END = /(令|公告|通告)$/;

/** The code names an order or a numbered announcement (某市人民政府令, 某某公告). */
export function isOrderCode(code: string): boolean {
  return ORDER_END.test(code);
}

/** The organ an order's code names: 某市人民政府令 → 某市人民政府. */
export function issuerOfOrderCode(code: string): string {
  return code.replace(ORDER_END, '');
}

// The 签发人 an upward document prints beside its number: `  签发人：张三` (GB/T 9704 7.2.5)
const SIGNER_TAIL = /[\s\u3000]*签[\s\u3000]*发[\s\u3000]*人[\s\u3000]*[:：].*$/;

/** The number as printed on its line, without the 签发人 beside it. */
export function printedNumber(line: string): string {
  return line.replace(SIGNER_TAIL, '').trim();
}

// a 发文字号 opening a line that goes on (京政办发〔2016〕26号《…的通知》: a site's heading of number and title)
const LEADING_BRACKETED = /^([\u4e00-\u9fa5A-Za-z×]{1,10}?)[〔\[［【(（][12]\d{3}[〕\]］】)）]第?\d{1,5}号(?=.)/;
// words of a title or sentence that cites a number (关于转发某政发〔2023〕4号…): never in a 机关代字
const CITING_WORDS = /关于|转发|印发|批转|根据|依据|按照|依照|贯彻|落实|执行|废止|修改/;

/**
 * Where the 发文字号 a line opens with ends, when the line goes on after it (吉教发[2015]1号关于…), or null. Only for
 * a line that NFKC leaves as long as it is, so the index points into the line as printed.
 */
export function leadingDocNumberEnd(s: string): number | null {
  if (!s.includes('号')) return null;
  const t = s.normalize('NFKC');
  if (t.length !== s.length) return null;
  const m = LEADING_BRACKETED.exec(t);
  return m && !CITING_WORDS.test(m[1]) ? m[0].length : null;
}

/** The line opens with a 发文字号 and goes on after it (a title never starts with one). */
export function startsWithDocNumber(s: string): boolean {
  if (!s.includes('号')) return false;
  const m = LEADING_BRACKETED.exec(removeAllSpaces(s.normalize('NFKC')));
  return !!m && !CITING_WORDS.test(m[1]);
}

// the head of a 发文字号: 机关代字 and a bracketed year (某政办发〔2017…), whole or with its end lost, or with its opening
// bracket lost (某政2024〕1, of 某政规〔2024〕1号)
const NUMBER_HEAD = /^[\u4e00-\u9fa5]{1,10}(?:[〔\[［【]\s*[12]\d{3}|[12]\d{3}\s*[〕\]］】])/;

/** The line opens like a 发文字号 (its code and bracketed year), even one whose 〔, or 〕 and 号, were lost. */
export function opensLikeDocNumber(s: string): boolean {
  if (!/[〔\[［【〕\]］】]/.test(s)) return false;
  const t = removeAllSpaces(s.normalize('NFKC'));
  const m = NUMBER_HEAD.exec(t);
  return !!m && !CITING_WORDS.test(m[0]);
}

/** Parse a string that is exactly a document number (spaces and NFKC width differences allowed). */
export function parseDocNumber(s: string): DocNumber | null {
  if (!s.includes('号') || s.length > 60) return null; // every 发文字号 ends in 号
  // upward documents print the signer on the number line: 某政发〔2023〕4号  签发人：张三 (GB/T 9704 7.2.5)
  // (a number printed in brackets, （某政发〔2021〕27号）: the pair around it goes; a year-first number keeps its own)
  const printed = removeAllSpaces(printedNumber(s.normalize('NFKC')));
  const t = /^[（(].*[)）]$/.test(printed) ? printed.slice(1, -1) : /^[（(]\d{2,4}[)）]/.test(printed) ? printed : printed.replace(/^[（(]|[)）]$/g, '');
  let m = BRACKETED.exec(t);
  if (m) {
    const code = m[1];
    // GB/T 9704 numbers carry no 第 (某政发〔2023〕5号); an order's or announcement's keeps it as printed (政府令〔2010〕第15号)
    const ordinal = isOrderCode(code) && /[〕\]］】)）]第/.test(t) ? '第' : '';
    return { normalized: `${code}〔${m[2]}〕${ordinal}${Number(m[3])}号`, code, year: Number(m[2]), serial: Number(m[3]) };
  }
  // (its year lost: kept as printed, 〔〕, year unknown)
  m = /[〔\[［【][〕\]］】]/.test(t) ? YEAR_LOST.exec(t) : null;
  if (m && !CITING_WORDS.test(m[1])) return { normalized: `${m[1]}〔〕${Number(m[2])}号`, code: m[1], year: null, serial: Number(m[2]) };
  m = YEAR_FIRST.exec(t);
  if (m) {
    const code = m[2];
    const year = m[1].length === 2 ? 1900 + Number(m[1]) : Number(m[1]);
    return { normalized: `〔${m[1]}〕${code}${Number(m[3])}号`, code, year, serial: Number(m[3]) };
  }
  m = ORDINAL.exec(t);
  // (an organ's order or announcement: a 关于 title with its serial after it is no code, 关于加强某事的通告(第6号))
  if (m && !/关于|關於/.test(m[1])) {
    const code = m[1];
    const year = m[2] ? Number(m[2]) : null;
    // a serial in Chinese numerals stays as printed (第三十七号)
    const inDigits = /^\d+$/.test(m[3]);
    const serial = inDigits ? Number(m[3]) : parseChineseNumber(m[3]);
    if (serial === null) return null;
    return { normalized: `${code}${year ? `${year}年` : ''}第${inDigits ? serial : m[3]}号`, code, year, serial };
  }
  return null;
}

// Second line of an order or announcement number printed over two lines: `第 300 号`, `（第1号）`, `2023年第1号`,
// `〔2024〕第3号`, `[2024]3号` (a bracketed year: 第 may be left out)
const ORDINAL_TAIL = /^[（(]?((?:[12]\d{3}年)?第(?:\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})号|[〔\[［【][12]\d{3}[〕\]］】]第?\d{1,5}号)[)）]?$/;

/** `XX人民政府令` / `XX人民政府公告` + `第300号` on two lines → the number, or null. */
export function parseSplitOrderNumber(first: string, second: string): DocNumber | null {
  if (!isOrderCode(first.trimEnd())) return null;
  const head = removeAllSpaces(first.normalize('NFKC'));
  const tail = ORDINAL_TAIL.exec(removeAllSpaces(second.normalize('NFKC')));
  // (the code is an organ's: 某市人民政府令, 某某常务委员会公告, 某府令; a title naming its matter, 森林高火险期禁火令, is none)
  if (!isOrderCode(head) || !tail || !(looksLikeOrganName(issuerOfOrderCode(head)) || /府令$/.test(head))) return null;
  return parseDocNumber(head + tail[1]);
}

// a serial in brackets after an organ's short name: （县疫情防控指挥部第1号）
const ORGAN_SERIAL = /^[（(]([\u4e00-\u9fa5]{2,16}?)第(\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})号[)）]$/;

/**
 * A serial alone on its line (第1号, （2025年第2号）): the number of an order or announcement printed under its title,
 * the code left to the title (某县人民政府 / 森林高火险期禁火令 / 第1号), or null.
 */
export function parseBareSerial(s: string): DocNumber | null {
  if (!s.includes('号') || s.length > 30) return null;
  const organs = ORGAN_SERIAL.exec(removeAllSpaces(s.normalize('NFKC')));
  // (or in brackets after the short name of the organ whose series it is: （县疫情防控指挥部第1号）)
  if (organs && looksLikeOrganName(organs[1])) {
    const serial = /^\d+$/.test(organs[2]) ? Number(organs[2]) : parseChineseNumber(organs[2]);
    return serial === null ? null : { normalized: `${organs[1]}第${organs[2]}号`, code: organs[1], year: null, serial };
  }
  const tail = ORDINAL_TAIL.exec(removeAllSpaces(s.normalize('NFKC')));
  const m = tail && /^(?:([12]\d{3})年)?第(\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})号$/.exec(tail[1]);
  if (!m) return null;
  const serial = /^\d+$/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2]);
  return serial === null ? null : { normalized: tail[1], code: '', year: m[1] ? Number(m[1]) : null, serial };
}

/** Normalise a document number for comparison and lookup (`某市政发[2022]17号` → `某市政发〔2022〕17号`). */
export function normalizeDocNumber(s: string): string {
  return parseDocNumber(s)?.normalized ?? removeAllSpaces(s.normalize('NFKC'));
}

// A document number anywhere inside a longer string (used by the TOC: `(城政发[2023]4号) ..... (3)`)
const EMBEDDED = /([\u4e00-\u9fa5A-Za-z×]{1,16})\s*[〔\[［【(（]\s*([12]\d{3})\s*[〕\]］】)）]\s*第?\s*(\d{1,5})\s*号/;

/**
 * A fresh global regex for document numbers anywhere in a text (for scans over a whole long text); with `lostYear`, also
 * numbers whose year's digits a page lost (某防领〔〕10号).
 */
export function docNumberPattern(lostYear = false): RegExp {
  return new RegExp(lostYear ? EMBEDDED.source.replace('([12]\\d{3})', '((?:[12]\\d{3})?)') : EMBEDDED.source, 'g');
}

export function findDocNumber(s: string): { match: string; index: number; parsed: DocNumber } | null {
  const m = EMBEDDED.exec(s.normalize('NFKC'));
  if (!m) return null;
  const parsed = parseDocNumber(m[0]);
  return parsed ? { match: m[0], index: m.index, parsed } : null;
}
