/** Web addresses in a page's text (http://…, www.…): a line that ends with one names a site, it is no title or sentence. */

// a web address ending a line (…网址 www.example.com, 原文 http://example.gov.cn/a.html)
const ADDRESS_ENDING = /(?:https?:\/\/|www\.)[\x21-\x7e]+\s*$/i;

/** Does the line end with a web address? */
export function endsWithWebAddress(text: string): boolean {
  return ADDRESS_ENDING.test(text);
}
