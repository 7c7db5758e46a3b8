/**
 * The label some governments print above a text a notice issues: the notice's 发文字号 followed by 附件
 * (`某政办发〔2021〕2号附件`), on one line or broken after the year (`某政办发〔2021〕` / `2号附件`). It names
 * the text's place, it is not part of its title.
 */
import type { SourceLine } from '../../types.js';
import { parseDocNumber } from '../../text/docNumber.js';
import { removeAllSpaces } from '../../text/normalize.js';

// a 发文字号 then 附件 and an optional number: 某政办发〔2021〕2号附件 / …号附件1
const NUMBER_THEN_ATTACHMENT = /^(.{4,40}号)附件\d{0,2}$/;

/** How many lines (1 or 2) the label takes at lines[i], or 0 when there is none. */
export function issuedTextLabelAt(lines: SourceLine[], i: number, to: number): number {
  for (let n = 1; n <= 2 && i + n <= to; n++) {
    const text = removeAllSpaces(lines.slice(i, i + n).map((l) => l.text).join(''));
    const m = NUMBER_THEN_ATTACHMENT.exec(text);
    if (m && parseDocNumber(m[1])) return n;
  }
  return 0;
}
