/**
 * Back matter of an issue (not part of any document): editorial box (主办/编辑出版/地址/电话…),
 * rules, slogans, and 大事记 chronicles.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces } from '../../text/normalize.js';

// Editorial-box keys: 主办单位: / 编辑出版: / 电 话: / 网 址: / 邮 编: / 印 刷: / 准印证号 …
const EDITORIAL = /^(主办单位|主办|承办|协办|编辑出版|编辑|编印|出版|印刷|发行|地址|邮编|邮政编码|电话|传真|网址|网站|邮箱|电子邮箱|投稿邮箱|主编|副主编|总编|责任编辑|编委会|编辑部|准印证号?|内部资料|刊号|国内统一刊号|国际标准刊号|定价|封面|封底|摄影|图片)[:：]/;

export function isEditorialLine(text: string): boolean {
  return EDITORIAL.test(removeAllSpaces(text.normalize('NFKC')));
}

/** 大事记 heading: `XX人民政府11月大事记`, `大事记`. */
export function isChronicleHeading(text: string): boolean {
  const t = removeAllSpaces(text);
  return t.length <= 30 && /大事记$/.test(t) && !/[，。]/.test(t);
}

// Gazette columns that hold no official documents: interpretations, personnel news, activity reports, statistics
const NON_DOCUMENT_COLUMN = /^[【\[［〖·•◆]*(政策解读|政策问答|人事任免|人事信息|政务动态|工作动态|领导活动|统计信息|统计数据|媒体聚焦)[】\]］〗·•◆]*$/;

/** The heading of a non-document column (政策解读, 人事任免…), which ends the document before it. */
export function nonDocumentColumn(text: string): string | null {
  const m = NON_DOCUMENT_COLUMN.exec(removeAllSpaces(text));
  return m ? m[1] : null;
}

/** Short slogan lines of a back cover (传达政令): at most 8 characters, no punctuation. */
function isSlogan(text: string): boolean {
  const t = removeAllSpaces(text);
  return t.length >= 2 && t.length <= 8 && /^[\u4e00-\u9fa5]+$/.test(t);
}

/**
 * Find where trailing back matter starts in lines[from..to) (exclusive end); returns `to` when there is none.
 * The tail is accepted only when it holds an editorial line or a rule, so a signature is never taken.
 */
export function findBackMatterStart(lines: SourceLine[], from: number, to: number): number {
  let start = to;
  let anchored = false;
  for (let i = to - 1; i >= from; i--) {
    const l = lines[i];
    if (l.rule || isEditorialLine(l.text)) {
      anchored = true;
      start = i;
      continue;
    }
    if (isSlogan(l.text) && !/(政府|办公室|局|委员会|厅)$/.test(l.text)) {
      start = i;
      continue;
    }
    break;
  }
  if (!anchored) return to;
  // Slogans before the first anchor belong to the document unless the anchor directly follows them.
  while (start < to && !lines[start].rule && !isEditorialLine(lines[start].text)) {
    // keep slogans only if an anchor comes before them in the tail
    const anchorBefore = lines.slice(start, to).findIndex((l) => l.rule || isEditorialLine(l.text));
    if (anchorBefore === 0) break;
    // slogans that precede the first anchor: include them only when they are at most 4 lines
    if (anchorBefore > 4) start++;
    else break;
  }
  return start;
}
