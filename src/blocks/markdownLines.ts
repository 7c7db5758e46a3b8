/**
 * Markdown-ish converter output → SourceLine[] via unified + remark-parse (GFM, CJK-friendly emphasis).
 * Heading depths are kept only as hints; every non-blank source line ends up as exactly one SourceLine.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { SourceLine } from '../types.js';
import { stripHtmlRemnants } from './htmlRemnants.js';
import { htmlFragmentLines } from './html/htmlLines.js';
import { isRuleLine } from '../text/ruleLine.js';

interface LineAcc {
  text: string;
  bold: boolean[]; // per-character bold flag
  heading: number;
  list: boolean;
  links: string[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/** Collect the inline text of a leaf block, line by line, with bold flags. */
function collectInline(nodes: PhrasingContent[], startLine: number, acc: Map<number, LineAcc>, ctx: { heading: number; list: boolean }): void {
  let line = startLine;
  const put = (s: string, bold: boolean): void => {
    let a = acc.get(line);
    if (!a) {
      a = { text: '', bold: [], heading: ctx.heading, list: ctx.list, links: [] };
      acc.set(line, a);
    }
    a.text += s;
    for (let i = 0; i < s.length; i++) a.bold.push(bold);
  };
  const walk = (ns: PhrasingContent[], bold: boolean): void => {
    for (const n of ns) {
      if (n.position) line = Math.max(line, n.position.start.line);
      switch (n.type) {
        case 'text':
        case 'inlineCode':
        case 'html': {
          // inline HTML (`文字<br>`) is markup: its tags go, as markdown markers do
          const parts = (n.type === 'html' ? stripHtmlRemnants(n.value) : n.value).split('\n');
          parts.forEach((p, i) => {
            if (i > 0) line++;
            put(p, bold);
          });
          break;
        }
        case 'break':
          line++;
          break;
        case 'strong':
          walk(n.children, true);
          break;
        case 'link':
          walk(n.children, bold);
          acc.get(line)?.links.push(n.url);
          break;
        case 'emphasis':
        case 'delete':
        case 'linkReference':
          walk(n.children as PhrasingContent[], bold);
          break;
        case 'image':
        case 'imageReference':
          put(n.alt ?? '', bold);
          break;
        case 'footnoteReference':
          put(`[^${n.identifier}]`, bold);
          break;
        default:
          break;
      }
    }
  };
  walk(nodes, false);
}

interface FlattenContext {
  heading: number;
  list: boolean;
  ordered: boolean;
  /** Cells of GFM table rows by source line (an empty list for a delimiter row). */
  tableRows: Map<number, string[]>;
  /** Blocks of raw HTML, to be read as HTML. */
  htmlBlocks: { start: number; end: number; value: string }[];
  /** Lines that underline a setext heading (its === or ---): markup of the heading above, no line of text. */
  underlines: Set<number>;
}

function flatten(nodes: RootContent[], acc: Map<number, LineAcc>, raw: string[], ctx: FlattenContext, boundaries: Set<number>): void {
  for (const node of nodes) {
    if (node.position) boundaries.add(node.position.start.line);
    switch (node.type) {
      case 'heading':
        collectInline(node.children, node.position!.start.line, acc, { heading: node.depth, list: ctx.list });
        // (a setext heading ends on its underline, the line after its text)
        if (node.position!.end.line > node.position!.start.line) ctx.underlines.add(node.position!.end.line);
        break;
      case 'paragraph':
        collectInline(node.children, node.position!.start.line, acc, { heading: 0, list: ctx.list });
        break;
      case 'list':
        flatten(node.children, acc, raw, { ...ctx, list: true, ordered: !!node.ordered }, boundaries);
        break;
      case 'listItem': {
        const first = node.position!.start.line;
        const before = acc.size;
        flatten(node.children, acc, raw, ctx, boundaries);
        // An ordered-list marker ("1. 基本生活救助") is content in a gazette: put it back.
        if (ctx.ordered) {
          const m = /^\s*(\d{1,3}[.)])\s*/.exec(raw[first - 1] ?? '');
          const a = acc.get(first);
          if (m && a && acc.size >= before) {
            a.text = m[1] + a.text;
            a.bold = new Array<boolean>(m[1].length).fill(false).concat(a.bold);
          }
        }
        break;
      }
      case 'blockquote':
        flatten(node.children, acc, raw, ctx, boundaries);
        break;
      case 'table':
        // GFM table rows: their cells' text by line (the delimiter row has none)
        for (let l = node.position!.start.line; l <= node.position!.end.line; l++) ctx.tableRows.set(l, []);
        for (const row of node.children) {
          ctx.tableRows.set(
            row.position!.start.line,
            row.children.map((cell) => {
              const cellAcc = new Map<number, LineAcc>();
              collectInline(cell.children, cell.position!.start.line, cellAcc, { heading: 0, list: false });
              return [...cellAcc.values()].map((a) => a.text).join('').trim();
            }),
          );
        }
        break;
      case 'html':
        // raw HTML in markdown is HTML: read through rehype below (<p>, <b>, <br>, &emsp; mean what they mean)
        ctx.htmlBlocks.push({ start: node.position!.start.line, end: node.position!.end.line, value: node.value });
        break;
      default:
        // code, thematicBreak, yaml…: raw source lines are filled in below.
        break;
    }
  }
}

/**
 * The visual lines of the HTML blocks that hold text, by the line each starts on, and every line they cover.
 * A block of comments or closing tags only gives none: its raw lines stay, to be dropped as markup.
 */
function readHtmlBlocks(blocks: FlattenContext['htmlBlocks']): { startingAt: Map<number, SourceLine[]>; covered: Set<number> } {
  const startingAt = new Map<number, SourceLine[]>();
  const covered = new Set<number>();
  for (const b of blocks) {
    if (!/<[a-z][^>]*>/i.test(b.value)) continue;
    for (const l of htmlFragmentLines(b.value, b.start)) {
      const list = startingAt.get(l.line);
      if (list) list.push(l);
      else startingAt.set(l.line, [l]);
      for (const p of l.parts ?? [l.line]) covered.add(p);
    }
  }
  return { startingAt, covered };
}

export function markdownLines(raw: string[], text: string): SourceLine[] {
  const tree = parseMarkdown(text);
  const acc = new Map<number, LineAcc>();
  const boundaries = new Set<number>();
  const tableRows = new Map<number, string[]>();
  const htmlBlocks: FlattenContext['htmlBlocks'] = [];
  const underlines = new Set<number>();
  flatten(tree.children, acc, raw, { heading: 0, list: false, ordered: false, tableRows, htmlBlocks, underlines }, boundaries);
  const html = readHtmlBlocks(htmlBlocks);
  const out: SourceLine[] = [];
  let blank = true;
  raw.forEach((r, i) => {
    const n = i + 1;
    if (r.trim() === '') {
      blank = true;
      return;
    }
    // a line of a block of raw HTML: the visual lines that start on it, or nothing when it continues one of them
    const fromHtml = html.startingAt.get(n);
    if (fromHtml) {
      fromHtml.forEach((l, k) => out.push({ ...l, blankBefore: k === 0 ? blank || boundaries.has(n) || l.blankBefore : l.blankBefore }));
      blank = false;
      return;
    }
    if (html.covered.has(n) || underlines.has(n)) return;
    const a = acc.get(n);
    let lineText = a ? a.text.trim() : '';
    let boldPrefix: string | null = null;
    let allBold = false;
    if (a && lineText) {
      const lead = a.text.length - a.text.trimStart().length;
      const flags = a.bold.slice(lead, lead + lineText.length);
      let k = 0;
      while (k < flags.length && flags[k]) k++;
      if (k > 0) boldPrefix = lineText.slice(0, k).trim();
      allBold = k === flags.length;
    }
    const cells = tableRows.get(n);
    const isRule = !lineText && !cells && /^\s*([-*_=])(\s*\1){2,}\s*$/.test(r);
    if (cells?.length) lineText = cells.join(' ');
    if (!lineText) lineText = r.trim();
    out.push({
      line: n,
      text: lineText,
      raw: r,
      heading: a ? a.heading : 0,
      boldPrefix,
      allBold,
      list: a ? a.list : false,
      table: !!cells || r.trim().includes('\t'),
      ...(cells ? { cells } : {}),
      blankBefore: blank || boundaries.has(n),
      rule: isRule || (!cells && isRuleLine(lineText)),
      ...(a?.links.length ? { links: a.links } : {}),
    });
    blank = false;
  });
  return out;
}
