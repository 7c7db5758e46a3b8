/**
 * Visible text of hast elements, measured once for the whole tree (linear in the page, whatever its depth). A site
 * footer (a small block carrying the site's registration marks) counts as no text: it is never the document.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SITE_REGISTRATION } from '../../text/siteRegistration.js';

export interface TextSize {
  /** Characters of text outside links, whitespace not counted. */
  plain: number;
  /** Characters of text inside links. */
  linked: number;
}

const SPACE = /[\s\u00a0\u3000]/g;

/** The most text a footer holds (address, filing numbers, sponsor, copyright): more is content around it. */
const MAX_FOOTER = 400;
/** A footer is a part of its parent block: the parent holds at least this many times its text. */
const FOOTER_SHARE = 1.5;

/** Text sizes of every element under `top` (post-order, iterative). */
export function measureText(top: Element | Root): Map<Element | Root, TextSize> {
  const sizes = new Map<Element | Root, TextSize>();
  const order: { node: Element | Root; inLink: boolean; parent: Element | Root | null }[] = [];
  const stack: { node: Element | Root; inLink: boolean; parent: Element | Root | null }[] = [{ node: top, inLink: false, parent: null }];
  while (stack.length) {
    const item = stack.pop()!;
    order.push(item);
    for (const c of item.node.children as ElementContent[]) {
      if (c.type === 'element') stack.push({ node: c, inLink: item.inLink || c.tagName === 'a', parent: item.node });
    }
  }
  // all the text under each element, footers included, and whether it carries a registration mark
  const whole = new Map<Element | Root, { chars: number; registered: boolean }>();
  for (let i = order.length - 1; i >= 0; i--) {
    const all = { chars: 0, registered: false };
    for (const c of order[i].node.children as ElementContent[]) {
      if (c.type === 'text') {
        const n = c.value.replace(SPACE, '').length;
        all.chars += n;
        if (n && SITE_REGISTRATION.test(c.value)) all.registered = true;
      } else if (c.type === 'element') {
        const w = whole.get(c)!;
        all.chars += w.chars;
        all.registered ||= w.registered;
      }
    }
    whole.set(order[i].node, all);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const { node, inLink, parent } = order[i];
    const all = whole.get(node)!;
    // a footer is small, and a part of its block beside other text (a page of nothing else is not set aside)
    if (parent && all.registered && all.chars <= MAX_FOOTER && whole.get(parent)!.chars >= FOOTER_SHARE * all.chars) {
      sizes.set(node, { plain: 0, linked: 0 });
      continue;
    }
    const size: TextSize = { plain: 0, linked: 0 };
    for (const c of node.children as ElementContent[]) {
      if (c.type === 'text') {
        const n = c.value.replace(SPACE, '').length;
        if (inLink) size.linked += n;
        else size.plain += n;
      } else if (c.type === 'element') {
        const s = sizes.get(c)!;
        size.plain += s.plain;
        size.linked += s.linked;
      }
    }
    sizes.set(node, size);
  }
  return sizes;
}

/** The text of an element, whitespace removed, cut at `limit` characters. */
export function compactText(node: Element | Root, limit = Infinity): string {
  let out = '';
  const stack: ElementContent[] = [...(node.children as ElementContent[])].reverse();
  while (stack.length && out.length < limit) {
    const c = stack.pop()!;
    if (c.type === 'text') out += c.value.replace(SPACE, '');
    else if (c.type === 'element') for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
  }
  return out.length > limit ? out.slice(0, limit) : out;
}
