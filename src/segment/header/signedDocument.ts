/**
 * A document printed with its title and its signature only (a web page's 公告 or 通知: no 发文字号, no 主送, no
 * 题注): a title naming a formal kind of 公文, its body, then the signature block (GB/T 9704 7.3.5: organ, date).
 * Looked for in the text no other start claimed, so a page's notice is not lost to its front matter when a
 * statute or draft printed after it is found by its own title.
 */
import type { SourceLine } from '../../types.js';
import { findSignature } from '../parts/signature.js';
import { detectDocType, FORMAL_DOC_TYPES } from '../../text/docType.js';
import { endsSentence, removeLayoutSpaces } from '../../text/normalize.js';
import { isTitleFragment, titleBlockAbove, type TitleBlock } from './titleBlock.js';
import { isClosingFormula } from '../../text/closingFormula.js';

/** How many lines of body a signed document may have between its title and its signature. */
const SIGNED_REACH = 60;

/** The title line nearest above the body that ends at lines[end - 1]: a short line naming a formal kind of 公文. */
function titleLineAbove(lines: SourceLine[], end: number, from: number): number {
  for (let k = end - 1; k >= from && end - k <= SIGNED_REACH; k--) {
    const l = lines[k];
    // (a closing formula, 特此公告 printed without its stop, names a kind too: it ends the body, it is no title)
    if ((l.heading > 0 || isTitleFragment(l)) && !isClosingFormula(l.text)) {
      const kind = detectDocType(removeLayoutSpaces(l.text));
      if (kind && FORMAL_DOC_TYPES.has(kind)) return k;
    }
  }
  return -1;
}

/** The title block of the document signed in lines[from..to), or null. */
export function findSignedDocument(lines: SourceLine[], from: number, to: number): TitleBlock | null {
  const sig = findSignature(lines, from, to);
  // an organ (or a person) signs: a date line alone may end any text
  if (!sig || (!sig.organs.length && !sig.signer)) return null;
  const at = titleLineAbove(lines, sig.first, from);
  if (at < 0) return null;
  // the body says something: a sentence between the title and the signature
  if (!lines.slice(at + 1, sig.first).some((l) => endsSentence(l.text))) return null;
  return titleBlockAbove(lines, at + 1, from);
}
