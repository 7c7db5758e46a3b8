/** Web addresses in a page's text (http://…, www.…): a line that ends with one names a site, it is no title or sentence. */

// a web address ending a line (…网址 www.example.com, 原文 http://example.gov.cn/a.html), or a site's bare domain after a
// space (某市人民政府 EXAMPLE.GOV.CN: a banner)
const ADDRESS_ENDING = /(?:(?:https?:\/\/|www\.)[\x21-\x7e]+|\s[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|net\.cn|cn|com|net|org))\s*$/i;

/** Does the line end with a web address? */
export function endsWithWebAddress(text: string): boolean {
  return ADDRESS_ENDING.test(text);
}

// a web address and nothing else on the line, in a markdown autolink's angle brackets or not
const ADDRESS_ALONE = /^\s*<?(?:https?:\/\/|www\.)[\x21-\x3b\x3d\x3f-\x7e]+>?\s*$/i;

/** Is the line only a web address (the page a text was saved from, printed under its title)? */
export function isWebAddressLine(text: string): boolean {
  return ADDRESS_ALONE.test(text);
}
