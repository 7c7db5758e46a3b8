/**
 * A web export that gives its 发文字号 only in its metadata (`文号：某政发〔2018〕13号`) and no title anywhere, the
 * text opening with the 主送: the number stands above the text, as a document saved from its number on prints it,
 * so the header below it (主送, signature, issued texts) is read as one document known by its number, not as a text
 * without a header titled by the first heading inside it.
 */
import type { SourceLine } from '../../types.js';
import { parseDocNumber } from '../../text/docNumber.js';
import { isRecipientsLine } from '../../text/recipientsLine.js';
import { frontMatterLine } from './frontMatterTitle.js';

/** The number line to stand above the text, or null unless the text opens with its 主送 and the value is a number. */
export function frontMatterNumberLine(number: string, source: { line: number; raw: string }, lines: SourceLine[]): SourceLine | null {
  const t = number.trim();
  if (!lines.length || !parseDocNumber(t) || !isRecipientsLine(lines[0].text)) return null;
  return frontMatterLine(t, source, 0);
}
