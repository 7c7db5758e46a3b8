/**
 * HTML left in text saved from web pages: tags (`<br>`, `<p>`, `</span>`, `<o:p></o:p>`) and character entities
 * (`&nbsp;`, `&ldquo;`, `&#12290;`). Tags are markup, as markdown markers are, and go; entities become their
 * characters (layout spaces become spaces).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

// Tags of text formatting and layout (not `<` in running text: `<5万元`, `a<b`)
const TAG = /<\/?(?:br|p|div|span|font|strong|b|i|u|em|img|a|center|sup|sub|section|article|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|o:p)(?:\s[^<>]*)?\/?>/gi;

// Layout spaces among the named entities become plain spaces; every other name is decoded by the HTML standard's
// table (decode-named-character-reference: &copy; &rarr; &bull; &yen; …), numeric ones by their code point
const LAYOUT_SPACE = new Set(['nbsp', 'ensp', 'emsp', 'thinsp', 'emsp13', 'emsp14', 'numsp', 'puncsp', 'hairsp']);
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi;

function decodeEntity(all: string, dec?: string, hex?: string, name?: string): string {
  const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  if (LAYOUT_SPACE.has(name!.toLowerCase())) return ' ';
  // names are case-sensitive (&Copy; is not &copy;); pages also write &NBSP; or &Ldquo;: then the lower-case one
  return decodeNamedCharacterReference(name!) || decodeNamedCharacterReference(name!.toLowerCase()) || all;
}

/** The text without HTML tags, its entities decoded. */
export function stripHtmlRemnants(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text.replace(TAG, '').replace(ENTITY, decodeEntity);
}

/** The line holds HTML tags and layout entities only (`<br>`, `&nbsp;&nbsp;`). */
export function isMarkupOnly(text: string): boolean {
  return text.trim() !== '' && stripHtmlRemnants(text).trim() === '';
}
