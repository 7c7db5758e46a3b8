/** Running page headers and page numbers of printed gazettes (page furniture, dropped with a reason). */
import { LEADER_CHARS } from './leaders.js';
import { removeAllSpaces } from './normalize.js';

export interface RunningHeader {
  gazette: string;
  year: number | null;
  number: number | null;
  section: string | null;
}

// 某市人民政府公报（2021. 6）市政府办公室文件 / XX政报 2022年第3期 / XX公报 · 2023.5
const HEADER = /^([\u4e00-\u9fa5]{2,24}(?:公报|政报))[（(·\s]*([12]\d{3})\s*(?:[.．。,，年第\s]+)\s*(\d{1,2})\s*期?[)）]?\s*(.*)$/;

// 2023年第5期 · 某省人民政府公报 (year and number first)
const HEADER_YEAR_FIRST = /^([12]\d{3})年第(\d{1,2})期[·•|｜]?([\u4e00-\u9fa5]{2,24}(?:公报|政报))[·•|｜]?(.*)$/;

export function parseRunningHeader(text: string): RunningHeader | null {
  const t = removeAllSpaces(text.normalize('NFKC'));
  const y = HEADER_YEAR_FIRST.exec(t);
  if (y) {
    const section = y[4] && y[4].length <= 20 && !/[，。；：]/.test(y[4]) ? y[4] : null;
    if (y[4] && !section) return null;
    return { gazette: y[3], year: Number(y[1]), number: Number(y[2]), section };
  }
  const m = HEADER.exec(t);
  if (!m) return null;
  const section = m[4] && m[4].length <= 20 && !/[，。；：]/.test(m[4]) ? m[4] : null;
  if (m[4] && !section) return null;
  return { gazette: m[1], year: Number(m[2]), number: Number(m[3]), section };
}

// Page numbers: `12`, `- 12 -`, `·· 9`, `— 3 —`, `― 3 ―` (horizontal bar), `−3−` (minus sign), `第 3 页`
const PAGE_NUMBER = /^(?:[-‒–—―−⸺⸻·•.\s]*\d{1,4}[-‒–—―−⸺⸻·•.\s]*|第\s*\d{1,4}\s*页)$/;

// a 目录 entry's leaders before its page (…..23 on the line below a long entry), not a page footer
const TOC_LEADERS = new RegExp(`^[${LEADER_CHARS}]{4,}`);

export function isPageNumber(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (!PAGE_NUMBER.test(t) || TOC_LEADERS.test(t)) return false;
  return !/^[12]\d{3}$/.test(t); // a bare year belongs to a masthead
}
