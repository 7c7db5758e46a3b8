/**
 * Rebuild the hierarchy of a body from its numbering (never from `#` levels): 编/章/节/条 by rank,
 * item levels (一、（一）1.（1）①) nested in the GB/T 9704 order. Tables and 专栏 boxes become
 * their own nodes; a paragraph cut by a page break, a box or a table is joined again.
 */
import type { Node, SourceLine, Warning } from '../types.js';
import { parseMarker, STRUCTURAL_RANK, type Marker, type MarkerKind } from '../text/markers.js';
import { shouldJoinLines } from '../repair/shouldJoinLines.js';
import { pageBreakOverlap } from '../repair/pageBreakOverlap.js';
import { endsSentence, removeAllSpaces, removeLayoutSpaces } from '../text/normalize.js';
import { lastSourceLine } from '../segment/lineRanges.js';
import { findBodyToc } from './bodyToc.js';
import { isClosingFormula } from '../text/closingFormula.js';
import { rowCells } from '../blocks/rowCells.js';

/** Item levels in the order GB/T 9704-2012 7.3.3 gives them: 一、 （一） 1. （1）, then ①. */
const ITEM_ORDER_RANK: Partial<Record<MarkerKind, number>> = { cn: 1, cnParen: 2, arabic: 3, arabicParen: 4, circled: 5 };

const TYPE_OF: Record<string, Node['type']> = { part: 'part', chapter: 'chapter', section: 'section', article: 'article' };

// 专栏3 残疾人就业补贴奖励重点项目
const BOX_START = /^专栏\s*\d{0,3}(\s|$|[：:])/;

interface Open {
  node: Node;
  kind: string;
}

// an article's caption printed in brackets after its number: 第三条（适用范围） / 第三条【适用范围】
const ARTICLE_CAPTION = /^[（(【\[［]([^（()）【】\[\]［］]{1,20})[）)】\]］]/;

function itemTitle(line: SourceLine, marker: Marker): string | null {
  const rest = marker.rest.trim();
  if (!rest) return null;
  if (line.boldPrefix) {
    const bold = line.boldPrefix.replace(marker.label, '').trim().replace(/[。.]$/, '');
    if (bold) return removeLayoutSpaces(bold);
  }
  // an article has a title only where it prints one: a caption in brackets, or a heading line; its first line
  // cut by the page or a column (第十二条 市科技行政主管部门对申报材料) is the start of its text
  if (marker.kind === 'article') {
    const caption = ARTICLE_CAPTION.exec(rest);
    if (caption) return removeLayoutSpaces(caption[1]);
    return line.heading > 0 && !endsSentence(rest) && removeAllSpaces(rest).length <= 40 ? removeLayoutSpaces(rest) : null;
  }
  if (!endsSentence(rest) && removeAllSpaces(rest).length <= 40) return removeLayoutSpaces(rest);
  // run-in title: 指导思想。以习近平…
  const stop = rest.search(/[。]/);
  if (stop > 0 && stop <= 20) return rest.slice(0, stop);
  if (marker.kind === 'chapter' || marker.kind === 'part' || marker.kind === 'section') return removeLayoutSpaces(rest);
  return null;
}

function newNode(type: Node['type'], line: SourceLine, text: string): Node {
  return { type, label: null, number: null, level: null, title: null, text, lines: { start: line.line, end: lastSourceLine(line) }, children: [] };
}

export function buildTree(lines: SourceLine[], warnings: Warning[] = []): Node[] {
  const root: Node[] = [];
  const stack: Open[] = [];
  let lastPara: Node | null = null; // last paragraph-bearing node, for joins
  let lastLine: SourceLine | null = null;
  let box: Node | null = null;
  let boxLast: SourceLine | null = null;
  let table: Node | null = null;

  const container = (): Node[] => (box ? box.children : stack.length ? stack[stack.length - 1].node.children : root);
  const extend = (n: Node, l: SourceLine): void => {
    n.lines.end = Math.max(n.lines.end, lastSourceLine(l));
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const text = l.text.trim();
    if (!text) continue;

    // A 目录 of the document's own units is one node, not chapters or items.
    const toc = findBodyToc(lines, i);
    if (toc) {
      const node = newNode('toc', l, text);
      node.title = toc.headed ? removeAllSpaces(text) : null;
      node.text = null;
      node.rows = toc.rows;
      extend(node, lines[toc.last]);
      container().push(node);
      i = toc.last;
      table = null;
      lastPara = null;
      continue;
    }

    // Tables: consecutive tab-separated rows.
    if (l.table) {
      if (!table) {
        table = newNode('table', l, '');
        table.rows = [];
        table.text = null;
        container().push(table);
      }
      // a markdown table's delimiter row (`| --- |`) has no cells: it is part of the table, not a row
      const cells = rowCells(l).map((c) => c.trim());
      if (cells.length) table.rows!.push(cells);
      extend(table, l);
      if (box) boxLast = l;
      continue;
    }
    table = null;

    // 专栏 boxes: the box runs while its lines are items, or continue an open box line.
    if (BOX_START.test(text)) {
      box = newNode('box', l, text);
      box.title = removeLayoutSpaces(text);
      box.text = null;
      (stack.length ? stack[stack.length - 1].node.children : root).push(box);
      boxLast = l;
      continue;
    }
    if (box) {
      const marker = parseMarker(text);
      const lastInBox = box.children[box.children.length - 1];
      // a box holds numbered entries (1. / (1) / ①) and the lines that continue an unfinished entry
      const boxItem = !!marker && (marker.kind === 'arabic' || marker.kind === 'arabicParen' || marker.kind === 'circled');
      const continuesEntry = !marker && !!boxLast && !boxLast.table && !!lastInBox && !endsSentence(lastInBox.text ?? '');
      const inBox = boxItem || continuesEntry;
      if (inBox) {
        const last = box.children[box.children.length - 1];
        if (!marker && last && last.type === 'paragraph') {
          last.text += text;
          last.lines.end = lastSourceLine(l);
        } else {
          const p = newNode('paragraph', l, text);
          if (marker) {
            p.label = marker.label;
            p.number = marker.number;
          }
          box.children.push(p);
        }
        box.lines.end = lastSourceLine(l);
        boxLast = l;
        continue;
      }
      box = null;
      boxLast = null;
      // the paragraph the box cut in two goes on
      if (lastPara && lastLine && !marker && lastPara.text && shouldJoinLines(lastPara.text, lastLine, l)) {
        lastPara.text += text;
        extend(lastPara, l);
        lastLine = l;
        continue;
      }
    }

    const marker = parseMarker(text);
    if (!marker && lastPara && lastLine && lastPara.text !== null && shouldJoinLines(lastPara.text, lastLine, l)) {
      const k = pageBreakOverlap(lastPara.text, text);
      if (k > 0) {
        warnings.push({ code: 'page-break-duplicate', message: `removed "${text.slice(0, k)}" repeated across a page break`, line: l.line });
      }
      lastPara.text += text.slice(k);
      extend(lastPara, l);
      lastLine = l;
      continue;
    }

    if (marker) {
      const rank = STRUCTURAL_RANK[marker.kind];
      let node: Node;
      if (rank !== undefined) {
        while (stack.length) {
          const top = stack[stack.length - 1];
          const topRank = STRUCTURAL_RANK[top.kind as keyof typeof STRUCTURAL_RANK];
          if (topRank === undefined || topRank >= rank) stack.pop();
          else break;
        }
        node = newNode(TYPE_OF[marker.kind], l, text);
        node.level = rank;
      } else {
        // GB/T 9704 order (一、 → （一） → 1. → （1） → ①): an open item of a deeper kind cannot hold this one
        const rankOfNew = ITEM_ORDER_RANK[marker.kind];
        while (rankOfNew !== undefined && stack.length) {
          const rankOfTop = ITEM_ORDER_RANK[stack[stack.length - 1].kind as MarkerKind];
          if (rankOfTop !== undefined && rankOfTop > rankOfNew) stack.pop();
          else break;
        }
        // item: sibling of an open item of the same kind, else child of the innermost open node
        const idx = stack.map((o) => o.kind).lastIndexOf(marker.kind);
        const boundary = stack.findLastIndex((o) => STRUCTURAL_RANK[o.kind as keyof typeof STRUCTURAL_RANK] !== undefined);
        if (idx >= 0 && idx > boundary) stack.length = idx;
        node = newNode('item', l, text);
        node.level = stack.filter((o) => STRUCTURAL_RANK[o.kind as keyof typeof STRUCTURAL_RANK] === undefined).length + 1;
      }
      node.label = marker.label;
      node.number = marker.number;
      node.title = itemTitle(l, marker);
      container().push(node);
      stack.push({ node, kind: marker.kind });
      lastPara = node;
      lastLine = l;
      continue;
    }

    const isHeading = (l.heading > 0 || l.allBold) && !endsSentence(text) && removeAllSpaces(text).length <= 40;
    // 特此通知。 ends the text: it closes every open item
    if (!box && isClosingFormula(text)) stack.length = 0;
    const node = newNode(isHeading ? 'heading' : 'paragraph', l, text);
    if (isHeading) node.title = removeLayoutSpaces(text);
    container().push(node);
    lastPara = node;
    lastLine = l;
  }
  for (const n of root) closeRanges(n);
  return root;
}

/** A node's line range covers its children. */
function closeRanges(n: Node): number {
  for (const c of n.children) n.lines.end = Math.max(n.lines.end, closeRanges(c));
  return n.lines.end;
}
