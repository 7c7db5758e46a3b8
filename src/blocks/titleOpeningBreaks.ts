/**
 * A document run together on one line that opens with its title and a space (a page's table cell: `某县人民政府森林防火
 * 禁火令 (2025年第2号) 我县未来几天…。 某县人民政府 2025年1月8日`): the title was a line of its own, and so was the
 * serial of an order or announcement printed after it in brackets. Where those lines end, when the line opens so.
 */
import { detectDocType, FORMAL_DOC_TYPES } from '../text/docType.js';
import { parseBareSerial } from '../text/docNumber.js';

// the line's first run without spaces or clause marks (a title), then a space
const OPENING_RUN = /^[\s\u3000]*([^\s\u3000，,。；：:]{4,60})[\s\u3000]+/;
// a bracketed run right after it (the serial: (2025年第2号)), then a space
const BRACKETED_RUN = /^([（(][^（）()]{2,16}[)）])[\s\u3000]+/;

/** Offsets where an opening title (and a serial after it) end, or [] when the line does not open with a title. */
export function titleOpeningBreaks(text: string): number[] {
  const m = OPENING_RUN.exec(text);
  const kind = m ? detectDocType(m[1]) : null;
  if (!m || !kind || !FORMAL_DOC_TYPES.has(kind)) return [];
  const serial = BRACKETED_RUN.exec(text.slice(m[0].length));
  return serial && parseBareSerial(serial[1]) ? [m[0].length, m[0].length + serial[0].length] : [m[0].length];
}
