/** Terminal and page width of text (shared by the layout repair and the CLI's help), by Unicode's East Asian Width. */
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Display width: wide and full-width characters count 2, others 1. Ambiguous characters (“” ‘’ — … ·) count 2, as
 * Chinese fonts and terminals set them; combining marks and other zero-width characters count 0.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.trim()) {
    const cp = ch.codePointAt(0)!;
    // combining marks, zero-width spaces and joiners take no column
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff) continue;
    w += eastAsianWidth(cp, { ambiguousAsWide: true });
  }
  return w;
}
