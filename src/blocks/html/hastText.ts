/** Visible text of hast elements, measured once for the whole tree (linear in the page, whatever its depth). */
import type { Element, ElementContent, Root } from 'hast';

export interface TextSize {
  /** Characters of text outside links, whitespace not counted. */
  plain: number;
  /** Characters of text inside links. */
  linked: number;
}

const SPACE = /[\s\u00a0\u3000]/g;

/** Text sizes of every element under `top` (post-order, iterative). */
export function measureText(top: Element | Root): Map<Element | Root, TextSize> {
  const sizes = new Map<Element | Root, TextSize>();
  const order: { node: Element | Root; inLink: boolean }[] = [];
  const stack: { node: Element | Root; inLink: boolean }[] = [{ node: top, inLink: false }];
  while (stack.length) {
    const item = stack.pop()!;
    order.push(item);
    for (const c of item.node.children as ElementContent[]) {
      if (c.type === 'element') stack.push({ node: c, inLink: item.inLink || c.tagName === 'a' });
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const { node, inLink } = order[i];
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
