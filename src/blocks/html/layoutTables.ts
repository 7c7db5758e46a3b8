/**
 * Tables used for page layout, as older government sites build whole pages (the document's paragraphs inside a
 * `<td>` of a table nested in another): such a table is boxes, not data. A table whose cells hold blocks
 * (paragraphs, headings, lists, other tables, divs) is turned into boxes (`div`s) before the page becomes
 * markdown, so that its paragraphs stay paragraphs; a table of cells with text in them stays a table. The
 * elements keep their source positions.
 */
import type { Element, Root } from 'hast';

// what a data table's cell does not hold: blocks of their own
const BLOCKS = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'section', 'article']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);

/** The cells of `table` itself (not those of tables nested in them). */
function cellsOf(table: Element): Element[] {
  const cells: Element[] = [];
  const stack: Element[] = [table];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'td' || c.tagName === 'th') cells.push(c);
      else if (c.tagName === 'tr' || c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') stack.push(c);
    }
  }
  return cells;
}

/** Does the element hold a block element anywhere below it? */
function holdsBlock(e: Element): boolean {
  const stack: Element[] = [e];
  while (stack.length) {
    const x = stack.pop()!;
    for (const c of x.children) {
      if (c.type !== 'element') continue;
      if (BLOCKS.has(c.tagName)) return true;
      stack.push(c);
    }
  }
  return false;
}

/** Is this a table for layout: one of its own cells holds a block? */
export function isLayoutTable(table: Element): boolean {
  return cellsOf(table).some(holdsBlock);
}

/** Turn every layout table of the tree (and its rows and cells) into divs; data tables stay. Returns how many. */
export function unwrapLayoutTables(tree: Root | Element): number {
  let unwrapped = 0;
  const stack: (Root | Element)[] = [tree];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'table' && isLayoutTable(c)) {
        unwrapped++;
        c.tagName = 'div';
        // its own rows and cells become boxes too (a nested table is judged on its own when the walk reaches it)
        const parts: Element[] = [c];
        while (parts.length) {
          const p = parts.pop()!;
          for (const x of p.children) {
            if (x.type === 'element' && TABLE_PARTS.has(x.tagName)) {
              x.tagName = 'div';
              parts.push(x);
            }
          }
        }
      }
      stack.push(c);
    }
  }
  return unwrapped;
}
