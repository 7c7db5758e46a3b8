/**
 * A page's text flattened onto one line with a download link in it (…联系电话：0851-1234567(兼传真)附件：某某名单.doc
 * 某某办公室2025年4月14日。): the link was a line of its own, the 附件说明 above the signature. It starts where its
 * `附件：` label follows the end of what was before it (a closing bracket, a number), and ends after the file's
 * extension where Chinese text goes on.
 */
import { EXTENSIONS } from '../text/fileName.js';

// a 附件 label (附件：, 附件1：) right after a closing bracket or a digit: the end of a line before it
const LABEL_AFTER_LINE_END = /(?<=[)）\]】0-9])附件\d{0,2}[:：]/g;
// a file name's extension with Chinese text right after it (.doc某某办公室)
const EXTENSION_BEFORE_TEXT = new RegExp(`\\.(?:${EXTENSIONS})(?=[\\u4e00-\\u9fa5])`, 'gi');

/** Offsets where a download link run on in a line starts and ends. */
export function fileLinkBreaks(text: string): number[] {
  // (most lines are passed over here: no 附件 in them, no extension's dot)
  if (!text.includes('附件') && !text.includes('.')) return [];
  const out: number[] = [];
  for (const m of text.matchAll(LABEL_AFTER_LINE_END)) out.push(m.index);
  for (const m of text.matchAll(EXTENSION_BEFORE_TEXT)) out.push(m.index + m[0].length);
  return out;
}
