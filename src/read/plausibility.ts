/** How plausible a decoding is: the share of characters that occur in Chinese official text. */

/** How many characters are scored: enough to tell text from a wrong decoding, cheap on large files. */
const SCORED_CHARS = 65_536;
/** Share of plausible characters a decoding needs to be taken. */
export const PLAUSIBLE = 0.85;

/**
 * Share of characters that occur in Chinese official text: CJK ideographs and punctuation, fullwidth forms,
 * ASCII, general punctuation, circled numbers and symbols. A wrong decoding (UTF-8 bytes read as UTF-16,
 * UTF-16 read as GB18030) lands on controls, NULs, Hangul, private use and replacement characters instead.
 */
export function plausibility(text: string): number {
  const n = Math.min(text.length, SCORED_CHARS);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d) good++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) good++;
    else if ((c >= 0x2000 && c <= 0x27bf) || (c >= 0x00a0 && c <= 0x00ff) || (c >= 0x0391 && c <= 0x03c9) || (c >= 0xfe30 && c <= 0xfe4f) || c === 0xfeff) good++;
  }
  return good / n;
}
