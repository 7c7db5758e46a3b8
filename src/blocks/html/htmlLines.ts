/**
 * A saved web page → the line model: rehype-parse (hast) → the block holding the document (findContent) →
 * hast-util-to-mdast → one SourceLine per visual line (a block, or a `<br>`-separated part of one), numbered by
 * the line of the HTML file where its text starts. Several visual lines may share a file line (pages written on
 * one line). Visible text outside the document comes back as page chrome, to be dropped with a reason.
 */
import { toMdast } from 'hast-util-to-mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { SourceLine } from '../../types.js';
import { unwrapLayoutTables } from './layoutTables.js';
import { parseHtml, parseHtmlFragment, type InvisibleBlock } from './parseHtml.js';
import { measureText } from './hastText.js';
import { findContent } from './findContent.js';
import { pageMeta } from './pageMeta.js';
import { append } from '../../util/arrays.js';
import { isRuleLine } from '../../text/ruleLine.js';
import { removeSourceLineBreaks } from './sourceLineBreaks.js';
import { keepPlainTextLineEnds } from './plainTextLineEnds.js';

export interface HtmlLines {
  /** The document's lines, in page order. */
  lines: SourceLine[];
  /** Visible lines outside the document, each with why it is not document text. */
  chrome: { line: SourceLine; reason: string }[];
  /** Scripts, styles, comments and hidden blocks (source line ranges). */
  invisible: InvisibleBlock[];
  /** `<title>` and `<meta>` fields, by 信息公开 label. */
  fields: Record<string, string>;
  /** File lines that hold visible text: what `--check` accounts for. */
  visibleLines: number[];
  /** Tags taken out of a page nested too deep to read (0 normally). */
  flattenedTags: number;
}

interface VisualLine {
  text: string;
  bold: boolean[];
  /** Characters inside links. */
  linked: number;
  /** Where the links point. */
  links: string[];
  line: number;
  lastLine: number;
  offset: number;
  heading: number;
  list: boolean;
  cells?: string[];
  blockStart: boolean;
}

const PHRASING = new Set(['text', 'link', 'strong', 'emphasis', 'delete', 'break', 'inlineCode', 'image', 'linkReference', 'imageReference', 'footnoteReference']);

interface Span {
  start: number;
  end: number;
}

const offsetsOf = (el: Element | HastRoot): Span => ({ start: el.position?.start.offset ?? 0, end: el.position?.end.offset ?? Infinity });
const inSpan = (o: number, s: Span): boolean => o >= s.start && o < s.end;

/** Visual lines of the mdast tree, in order. */
function visualLines(tree: MdastRoot): VisualLine[] {
  const out: VisualLine[] = [];
  let lastPos = { line: 1, offset: 0 };
  const open = (heading: number, list: boolean, blockStart: boolean): VisualLine => ({ text: '', bold: [], linked: 0, links: [], line: -1, lastLine: -1, offset: -1, heading, list, blockStart });
  const close = (v: VisualLine): void => {
    if (v.text.trim() === '') return;
    if (v.line < 0) {
      v.line = v.lastLine = lastPos.line;
      v.offset = lastPos.offset;
    }
    out.push(v);
  };
  const inline = (nodes: PhrasingContent[], heading: number, list: boolean): void => {
    let cur = open(heading, list, true);
    const walk = (ns: PhrasingContent[], bold: boolean, link: boolean): void => {
      for (const n of ns) {
        if (n.type === 'text' || n.type === 'inlineCode') {
          if (n.value.trim() !== '' && n.position) {
            if (cur.line < 0) {
              cur.line = n.position.start.line;
              cur.offset = n.position.start.offset ?? 0;
            }
            cur.lastLine = n.position.end.line;
            lastPos = { line: n.position.end.line, offset: n.position.end.offset ?? 0 };
          }
          cur.text += n.value;
          for (let i = 0; i < n.value.length; i++) cur.bold.push(bold);
          if (link) cur.linked += n.value.trim().length;
        } else if (n.type === 'break') {
          close(cur);
          cur = open(heading, list, false);
        } else if (n.type === 'strong') walk(n.children, true, link);
        else if (n.type === 'link') {
          walk(n.children, bold, true);
          cur.links.push(n.url);
        }
        else if ('children' in n) walk(n.children as PhrasingContent[], bold, link);
      }
    };
    walk(nodes, false, false);
    close(cur);
  };
  const block = (nodes: RootContent[], list: boolean): void => {
    // phrasing content straight in a container (a list item of bare links) reads as one paragraph
    let run: PhrasingContent[] = [];
    const flush = (): void => {
      if (run.length) inline(run, 0, list);
      run = [];
    };
    for (const n of nodes) {
      if (PHRASING.has(n.type)) {
        run.push(n as PhrasingContent);
        continue;
      }
      flush();
      switch (n.type) {
        case 'paragraph':
          inline(n.children, 0, list);
          break;
        case 'heading':
          inline(n.children, n.depth, list);
          break;
        case 'table':
          for (const row of n.children) {
            const before = out.length;
            const cells = row.children.map((cell) => {
              const at = out.length;
              inline(cell.children, 0, false);
              const text = out.slice(at).map((v) => v.text.trim()).join('');
              return text;
            });
            const parts = out.splice(before);
            if (!parts.length) continue;
            out.push({ ...parts[0], text: cells.join(' '), bold: [], linked: parts.reduce((s, p) => s + p.linked, 0), links: parts.flatMap((p) => p.links), lastLine: parts[parts.length - 1].lastLine, cells, blockStart: true });
          }
          break;
        case 'code':
          inline([{ type: 'text', value: n.value, position: n.position }], 0, list);
          break;
        case 'list':
        case 'listItem':
          block(n.children as RootContent[], true);
          break;
        default:
          if ('children' in n) block(n.children as RootContent[], list);
          break;
      }
    }
    flush();
  };
  block(tree.children, false);
  return out;
}

/** Visual lines of a hast tree, through hast-util-to-mdast (which gives a root, or one node for a single block). */
function visualLinesOf(tree: HastRoot): VisualLine[] {
  keepPlainTextLineEnds(tree);
  removeSourceLineBreaks(tree);
  const mdast = toMdast(tree as unknown as Parameters<typeof toMdast>[0]) as MdastNodes;
  return visualLines(mdast.type === 'root' ? mdast : { type: 'root', children: [mdast as RootContent] });
}

function toSourceLine(v: VisualLine): SourceLine {
  const text = v.text.trim();
  const lead = v.text.length - v.text.trimStart().length;
  const flags = v.bold.slice(lead, lead + text.length);
  let k = 0;
  while (k < flags.length && flags[k]) k++;
  const parts: number[] = [];
  for (let n = v.line; n <= v.lastLine && parts.length < 1000; n++) parts.push(n);
  return {
    line: v.line,
    text: v.cells ? v.cells.join(' ') : text,
    raw: text,
    heading: v.heading,
    boldPrefix: k > 0 ? text.slice(0, k).trim() : null,
    allBold: k > 0 && k === flags.length,
    list: v.list,
    table: !!v.cells,
    ...(v.cells ? { cells: v.cells } : {}),
    blankBefore: v.blockStart,
    // a paragraph of dashes is the separator line a page printed as text
    rule: !v.cells && isRuleLine(text),
    ...(parts.length > 1 ? { parts } : {}),
    ...(v.links.length ? { links: v.links } : {}),
  };
}

/** File lines holding visible text under `top`. */
function visibleLinesOf(top: Element | HastRoot): number[] {
  const lines = new Set<number>();
  const stack: ElementContent[] = [...(top.children as ElementContent[])];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === 'element') append(stack, c.children);
    else if (c.type === 'text' && c.position) {
      let line = c.position.start.line;
      let seen = false;
      for (const ch of c.value) {
        if (ch === '\n') {
          if (seen) lines.add(line);
          line++;
          seen = false;
        } else if (!/[\s\u00a0\u3000]/.test(ch)) seen = true;
      }
      if (seen) lines.add(line);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

export function htmlLines(html: string): HtmlLines {
  const page = parseHtml(html);
  const sizes = measureText(page.body);
  const content = findContent(page.body, sizes);
  const keep: Span[] = [offsetsOf(content.root), ...(content.title ? [offsetsOf(content.title)] : [])];
  const copies = content.duplicates.map(offsetsOf);
  // a page laid out in tables: their cells are boxes of paragraphs, not rows of data
  unwrapLayoutTables(page.body);
  const visual = visualLinesOf({ type: 'root', children: page.body.type === 'root' ? page.body.children : [page.body] });
  const lines: SourceLine[] = [];
  const chrome: { line: SourceLine; reason: string }[] = [];
  for (const v of visual) {
    const sl = toSourceLine(v);
    if (copies.some((s) => inSpan(v.offset, s))) chrome.push({ line: sl, reason: 'duplicate-copy' });
    else if (keep.some((s) => inSpan(v.offset, s))) lines.push(sl);
    else chrome.push({ line: sl, reason: v.linked >= v.text.trim().length * 0.8 ? 'navigation' : 'page-chrome' });
  }
  return { lines, chrome, invisible: page.invisible, fields: pageMeta(page.head), visibleLines: visibleLinesOf(page.body), flattenedTags: page.flattenedTags };
}

/**
 * Raw HTML written inside markdown (a block of `<p>`, `<b>`, `<br>`, `&emsp;`…) read as HTML: one SourceLine per
 * visual line, numbered in the markdown file (the block starts on `firstLine`).
 */
export function htmlFragmentLines(html: string, firstLine: number): SourceLine[] {
  const visual = visualLinesOf(parseHtmlFragment(html));
  const shift = firstLine - 1;
  return visual.map((v) => {
    const l = toSourceLine(v);
    return { ...l, line: l.line + shift, ...(l.parts ? { parts: l.parts.map((n) => n + shift) } : {}) };
  });
}
