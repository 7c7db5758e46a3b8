/**
 * Where a saved page holds its document: found by what the blocks hold, never by site names or CMS class names.
 * From `<body>` down, the block holding most of the page's plain (non-link) text is followed while it holds most
 * of its parent's; a second copy of the same text beside it (pages that print the document twice, for desktop and
 * for mobile) is set aside first. A page heading printed above that block is the document's title when the block
 * itself prints none.
 */
import type { Element, ElementContent, Root } from 'hast';
import { compactText, type TextSize } from './hastText.js';
import { detectDocType } from '../../text/docType.js';
import { startsWithLabel } from '../../text/labelLine.js';
import { append } from '../../util/arrays.js';

export interface PageContent {
  /** The block holding the document. */
  root: Element | Root;
  /** A heading above the block that titles the document, or null. */
  title: Element | null;
  /** Second copies of the document (the same text again), set aside. */
  duplicates: Element[];
}

/** Share of its parent's plain text a block needs to be followed down. */
const DOMINANT = 0.6;
/** Characters compared to tell a second copy of the same text. */
const COPY_PROBE = 400;

function elementsOf(node: Element | Root): Element[] {
  return (node.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
}

/** Two blocks carry the same text (a desktop and a mobile copy of one document). */
function sameText(a: Element, b: Element, sizes: Map<Element | Root, TextSize>): boolean {
  const sa = sizes.get(a)!.plain;
  const sb = sizes.get(b)!.plain;
  if (sa < 50 || sb < 50 || Math.min(sa, sb) / Math.max(sa, sb) < 0.9) return false;
  return compactText(a, COPY_PROBE) === compactText(b, COPY_PROBE);
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', ...HEADING_TAGS]);
// A page heading's trailing note in brackets: its 发文字号 or a date (关于…的复函(发改办体改〔2026〕275号))
const TRAILING_NOTE = /[（(][^（()）]*[）)]$/;

/** A block whose whole text reads as a document title: a heading, or a short line naming a 文种 or saying 关于. */
function titleLike(el: Element, sizes: Map<Element | Root, TextSize>): string | null {
  const size = sizes.get(el);
  if (!size || size.plain < 4 || size.plain > 150 || size.linked > 0) return null;
  const text = compactText(el);
  // a labelled value of the page's metadata (标题：…, 名称：…) is not the printed title
  if (startsWithLabel(text)) return null;
  // a title names what the text is (…的通知, …办法) or what it is about (关于…)
  return detectDocType(text) || text.includes('关于') ? text : null;
}

/** The nearest title-like block before `node` among its and its ancestors' earlier siblings (3 levels up). */
function headingAbove(path: (Element | Root)[], sizes: Map<Element | Root, TextSize>): Element | null {
  for (let up = path.length - 1, levels = 0; up > 0 && levels < 3; up--, levels++) {
    const parent = path[up - 1];
    const siblings = elementsOf(parent);
    const at = siblings.indexOf(path[up] as Element);
    for (let i = at - 1; i >= 0; i--) {
      // the title may sit inside a wrapper of its own (div > h1)
      const found = [siblings[i]];
      while (found.length) {
        const el = found.shift()!;
        if (titleLike(el, sizes)) return el;
        const kids = elementsOf(el);
        if (kids.length <= 3) append(found, kids.reverse());
      }
      if ((sizes.get(siblings[i])?.plain ?? 0) > 300) break; // past a block of text: no longer the page heading
    }
  }
  return null;
}

export function findContent(body: Element | Root, sizes: Map<Element | Root, TextSize>): PageContent {
  const duplicates: Element[] = [];
  const path: (Element | Root)[] = [body];
  let node: Element | Root = body;
  for (;;) {
    const kids = elementsOf(node)
      .filter((k) => sizes.get(k)!.plain > 0)
      .sort((a, b) => sizes.get(b)!.plain - sizes.get(a)!.plain);
    if (!kids.length) break;
    let total = sizes.get(node)!.plain;
    if (kids.length > 1 && sameText(kids[0], kids[1], sizes)) {
      // keep the copy printed first
      const [first, second] = (kids[0].position?.start.offset ?? 0) <= (kids[1].position?.start.offset ?? 0) ? [kids[0], kids[1]] : [kids[1], kids[0]];
      duplicates.push(second);
      total -= sizes.get(second)!.plain;
      kids.splice(kids.indexOf(second), 1);
      kids.sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
    }
    // a block of paragraphs is the text itself: its parts (number, 主送, body, signature) are siblings
    const paragraphText = kids.filter((k) => PARAGRAPH_TAGS.has(k.tagName)).reduce((n, k) => n + sizes.get(k)!.plain, 0);
    if (kids.filter((k) => PARAGRAPH_TAGS.has(k.tagName)).length >= 2 && paragraphText >= 0.5 * total) break;
    const best = kids[0];
    if (sizes.get(best)!.plain < DOMINANT * total) break;
    node = best;
    path.push(node);
  }
  // a page heading titles the document when the block does not begin with the same text
  const heading = headingAbove(path, sizes);
  let title: Element | null = null;
  if (heading) {
    const headingText = compactText(heading).replace(TRAILING_NOTE, '');
    if (!compactText(node, headingText.length * 4 + 200).includes(headingText)) title = heading;
  }
  return { root: node, title, duplicates };
}
