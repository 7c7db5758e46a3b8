/**
 * A news report that prints the document it reports, its line ends lost (…张某任组长。全文如下:国务院办公厅关于成立某某领导
 * 小组的通知各省、自治区、直辖市人民政府,国务院各部委、各直属机构:为加强…): the lead announces the full text, the
 * document's title and its 主送 follow. Where the title and the 主送 begin, when a whole title (关于…的通知) and an
 * addressee list up to its colon come right after 全文如下.
 */
import { aboutOpensTitle } from '../text/wholeTitle.js';
import { FORMAL_DOC_TYPES } from '../text/docType.js';
import { isRecipientsLine } from '../text/recipientsLine.js';

// the lead's announcement of the full text (全文如下, 通知全文如下, 原文如下) and its colon
const FULL_TEXT = /(?:全文|原文)如下[:：][ \t\u3000]*/g;
// a title up to 的 + a formal kind (docType's), then an addressee list from 各 up to its colon
const TITLE_THEN_LIST = new RegExp(`^([^：:。；，,\\s]{4,80}?的(${[...FORMAL_DOC_TYPES].join('|')}))(各[^：:。；]{1,400}[：:])`);

/** Offsets where the title and the 主送 after a full-text announcement begin. */
export function fullTextBreaks(text: string): number[] {
  // (most texts are passed over here: no 如下 at all)
  if (!text.includes('如下')) return [];
  const out: number[] = [];
  for (const m of text.matchAll(FULL_TEXT)) {
    const at = m.index + m[0].length;
    const t = TITLE_THEN_LIST.exec(text.slice(at, at + 600));
    if (!t || !aboutOpensTitle(t[1]) || !isRecipientsLine(t[3])) continue;
    out.push(at, at + t[1].length);
  }
  return out;
}
