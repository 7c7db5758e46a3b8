/**
 * Invisible format characters that text copied from web pages and word processors carries inside words and
 * numbers: zero-width space, non-joiner and joiner, word joiner and invisible operators, soft hyphen, a byte
 * order mark inside the text, bidirectional marks and embeddings. They change no glyph, so a reader sees
 * `某政发〔2023〕9号` where the string holds `某政发〔2023〕\u200b9号`; recognition and matching ignore them
 * as they ignore width differences (NFKC).
 */
// U+00AD soft hyphen, U+061C Arabic letter mark, U+180E Mongolian vowel separator, U+200B–U+200F zero widths and
// LRM/RLM, U+202A–U+202E bidi embeddings, U+2060–U+2064 word joiner and invisible operators, U+2066–U+2069 bidi
// isolates, U+FEFF zero-width no-break space (BOM)
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** The text without invisible format characters (the same string when it has none). */
export function removeInvisible(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}
