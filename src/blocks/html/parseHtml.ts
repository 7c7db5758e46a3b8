/**
 * A saved web page → a hast tree with source positions (rehype-parse, i.e. parse5, the HTML standard's parser).
 * What a browser never shows (scripts, styles, templates, comments, hidden inputs) is taken out of the tree and
 * reported, so nothing later sees it.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { limitNesting } from './limitNesting.js';

const processor = unified().use(rehypeParse);
const fragmentProcessor = unified().use(rehypeParse, { fragment: true });

/** Elements whose content is never shown as text. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'input', 'button', 'textarea', 'audio', 'video']);

export interface InvisibleBlock {
  /** Tag name, or `comment`. */
  kind: string;
  start: number;
  end: number;
}

export interface ParsedPage {
  root: Root;
  /** The `<body>`, or the root when the page has none. */
  body: Element | Root;
  /** The `<head>` (for its `<meta>` and `<title>`), or null. */
  head: Element | null;
  invisible: InvisibleBlock[];
  /** Tags taken out because the page nested deeper than any page shows text (0 normally). */
  flattenedTags: number;
}

function isElement(n: RootContent | ElementContent | Root): n is Element {
  return n.type === 'element';
}

/** An element hidden by an inline style (`display:none`), as browsers hide it. */
function hiddenByStyle(el: Element): boolean {
  const style = el.properties?.style;
  return typeof style === 'string' && /display\s*:\s*none/i.test(style);
}

export function parseHtml(text: string): ParsedPage {
  const limited = limitNesting(text);
  const root = processor.parse(limited.html) as Root;
  const { invisible, head, body } = takeOutInvisible(root);
  return { root, body: body ?? root, head, invisible, flattenedTags: limited.removed };
}

/** HTML written inside another format (raw HTML in markdown): no document around it, the same clean-up. */
export function parseHtmlFragment(text: string): Root {
  const root = fragmentProcessor.parse(limitNesting(text).html) as Root;
  takeOutInvisible(root);
  return root;
}

/** Take comments, doctypes and what a browser hides out of the tree; find the head and body on the way. */
function takeOutInvisible(root: Root): { invisible: InvisibleBlock[]; head: Element | null; body: Element | null } {
  const invisible: InvisibleBlock[] = [];
  let head: Element | null = null;
  let body: Element | null = null;
  // iterative walk: pages nest thousands of elements deep without a stack overflow
  const stack: (Root | Element)[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    const kept: (RootContent | ElementContent)[] = [];
    for (const child of parent.children as (RootContent | ElementContent)[]) {
      if (child.type === 'comment' || child.type === 'doctype') {
        if (child.type === 'comment' && child.position) invisible.push({ kind: 'comment', start: child.position.start.line, end: child.position.end.line });
        continue;
      }
      if (isElement(child)) {
        if (child.tagName === 'head') head = child;
        if (child.tagName === 'body') body ??= child;
        if (child.tagName !== 'head' && (INVISIBLE.has(child.tagName) || hiddenByStyle(child) || child.properties?.hidden)) {
          if (child.position) invisible.push({ kind: child.tagName, start: child.position.start.line, end: child.position.end.line });
          continue;
        }
        stack.push(child);
      }
      kept.push(child);
    }
    (parent as Element).children = kept as ElementContent[];
  }
  return { invisible, head, body };
}
