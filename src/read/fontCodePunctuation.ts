/**
 * Punctuation a PDF's font gave out as its GBK code read as a code point (a 方正 font's cmap: `，` as U+A3AC `ꎬ`, `。` as
 * `ꎮ`, `《` as `ꆶ`): the code points fall among the Yi syllables, in the rows GBK keeps its punctuation (A1, A3).
 * In a Chinese text that holds them and no other Yi syllable, each is read back through GBK (`ꎬ` → `，`); the GBK
 * full stop (．) such a font prints for 。 is 。.
 */

// a code point of GBK's punctuation rows (A1A1–A1FE, A3A1–A3FE) read as Unicode: Yi syllables
const FONT_CODE = /[\uA1A1-\uA1FE\uA3A1-\uA3FE]/g;
// any Yi syllable or radical (a text written in Yi has them outside those rows)
const YI = /[\uA000-\uA4CF]/g;
const HAS_YI = new RegExp(YI.source);
/** Fewest such code points a text must hold to be read so (one may be a stray glyph). */
const MIN_FONT_CODES = 2;

const gbk = new TextDecoder('gbk');

/** The text with font-code punctuation read back, and how many characters were. */
export function readFontCodePunctuation(text: string): { text: string; changed: number } {
  // (most texts are passed over here: no Yi syllable at all)
  if (!HAS_YI.test(text)) return { text, changed: 0 };
  const codes = text.match(FONT_CODE)?.length ?? 0;
  if (codes < MIN_FONT_CODES || (text.match(YI)?.length ?? 0) !== codes || !/\p{Script=Han}/u.test(text)) return { text, changed: 0 };
  const out = text.replace(FONT_CODE, (c) => {
    const cp = c.codePointAt(0)!;
    const read = gbk.decode(new Uint8Array([cp >> 8, cp & 0xff]));
    return read === '．' ? '。' : read;
  });
  return { text: out, changed: codes };
}
