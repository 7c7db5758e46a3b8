/**
 * 文种: the 15 kinds of 党政机关公文处理工作条例 plus the names of texts that notices issue
 * (办法, 规定, 方案, 细则…). A title ends with one of them, optionally followed by (试行)-style notes.
 */

/** Longest first, so 实施意见 wins over 意见. */
export const DOC_TYPES = [
  '实施意见', '指导意见', '实施细则', '实施方案', '工作方案', '行动方案', '暂行办法', '暂行规定', '管理办法', '实施办法',
  '决议', '决定', '命令', '公报', '公告', '通告', '公示', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要', '令',
  '办法', '规定', '条例', '规则', '细则', '方案', '规划', '计划', '要点', '总结', '措施', '制度', '标准', '指南', '清单', '目录', '章程', '守则', '准则', '导则', '预案', '安排', '纲要', '公约', '解释', '法典', '通则', '修正案', '法',
] as const;

/** The 15 formal kinds of official documents (条例 第八条). */
export const FORMAL_DOC_TYPES = new Set(['决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '实施意见', '指导意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要']);

// Trailing notes after the kind: (试行) (暂行) (征求意见稿) (修订) (草案) (2023年修订)
// a status note after the kind: （试行）, (2020年修订), （征求意见稿）, a law database's (废止) / (已失效)
const TRAILING_NOTE = /[（(][^（）()]{0,12}(试行|暂行|征求意见稿|修订|草案|送审稿|修正|摘录|节选|废止|失效)[^（）()]{0,4}[)）]$/;
// the years a plan covers after its kind: （2021—2025年）, (2023-2025), （2024年）, （2022年版）
const TRAILING_YEARS = /[（(]\s*\d{4}\s*(?:年\s*)?(?:[—–\-－~～至到]+\s*\d{4}\s*)?(?:年|年版)?\s*[)）]$/;

/** A title without the status notes and years after its kind: 某某条例(2003年修正) → 某某条例 (spaces removed). */
export function withoutTrailingNotes(title: string): string {
  let t = title.replace(/[\s\u3000]+/g, '');
  while (TRAILING_NOTE.test(t) || TRAILING_YEARS.test(t)) t = t.replace(TRAILING_NOTE, '').replace(TRAILING_YEARS, '');
  return t;
}

/** A line holding only a note that follows a kind (（草案）, (2018-2020年), （试行）): a title's last line of its own. */
export function isTrailingNoteLine(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return /^[（(].*[)）]$/.test(t) && withoutTrailingNotes(t) === '';
}

/** The 文种 a title ends with, or null. */
export function detectDocType(title: string): string | null {
  const t = withoutTrailingNotes(title.replace(/[\s\u3000]+/g, '').replace(/[》」”"]+$/, ''));
  for (const kind of DOC_TYPES) if (t.endsWith(kind)) return kind;
  return null;
}


/** The title without a colon a page typed after its kind (某某的通告: → 某某的通告); any other text as it is. */
export function withoutKindColon(title: string): string {
  return /[:：]$/.test(title) && detectDocType(title.slice(0, -1)) ? title.slice(0, -1) : title;
}

// a year and a hyphen before a title, as a law reader's file names sort its texts (2018-中华人民共和国监察法), a Chinese
// character after them (a year range, 2023-2025年某某计划, is the title's own)
const YEAR_SORT_PREFIX = /^(?:19|20)\d{2}\s*[-_－]\s*(?=\p{Script=Han})/u;

/** The title without a year a reader sorts it by (2018-某某法 → 某某法) when a whole title of a kind remains. */
export function withoutYearSortPrefix(title: string): string {
  const t = title.trim();
  const m = YEAR_SORT_PREFIX.exec(t);
  if (!m) return title;
  const rest = t.slice(m[0].length);
  return detectDocType(rest) ? rest : title;
}
