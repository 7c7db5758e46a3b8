/**
 * The tree builder under rehype (hast-util-from-parse5) and hast-util-to-mdast recurse once per nesting level, so
 * a page nested thousands of elements deep would overflow the stack. No page shows text 500 levels deep: the tags
 * past that depth are taken out (their text stays, and so do the line ends inside them, so line numbers hold; a
 * block's tag becomes a `<br>`, so its text still ends a line).
 * One linear scan; the text is copied only when a page is that deep.
 */

/** Deepest nesting kept. */
export const MAX_NESTING = 500;

// A start or end tag: <div …>, </div>, <br/>
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*)?(\/?)>/g;
// Elements that have no end tag
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
// Elements whose end tag may be left out: a new one closes the open one
// Elements inside a line of text: taking them out joins nothing that was apart
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var']);
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd']);

export interface Limited {
  html: string;
  /** Tags taken out, 0 when the page was left as it was. */
  removed: number;
}

export function limitNesting(html: string, max = MAX_NESTING): Limited {
  const open: { tag: string; removed: boolean }[] = [];
  const cut: [number, number, string][] = [];
  for (const m of html.matchAll(TAG)) {
    const tag = m[2].toLowerCase();
    if (VOID.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') {
      // close the nearest open element of this name
      let k = open.length - 1;
      while (k >= 0 && open[k].tag !== tag) k--;
      if (k < 0) continue;
      if (open[k].removed) cut.push([m.index, m.index + m[0].length, tag]);
      open.length = k;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(tag) && open.length && open[open.length - 1].tag === tag) open.pop();
    const removed = open.length >= max;
    if (removed) cut.push([m.index, m.index + m[0].length, tag]);
    open.push({ tag, removed });
  }
  if (!cut.length) return { html, removed: 0 };
  let out = '';
  let at = 0;
  for (const [s, e, tag] of cut) {
    out += html.slice(at, s) + (INLINE.has(tag) ? '' : '<br>') + html.slice(s, e).replace(/[^\n]/g, '');
    at = e;
  }
  return { html: out + html.slice(at), removed: cut.length };
}
