/**
 * A page that pastes a document's plain text into a container (`<div>各区人民政府：\n现将…通知如下。\n<b>一、…</b>\n…`)
 * without a `<p>` or `<br>` a line shows its lines only through CSS (`white-space: pre-line`) or not at all: HTML
 * reads each line end as a space. When every line end inside the container's own text ends a line of a document —
 * after a sentence end or a colon, or beside an inline element such as a bold heading — and two or more follow a
 * sentence end, the line ends are the text's: each becomes a `<br>`. A wrapped source (Word's web pages break
 * mid-sentence) or a paragraph (`<p>`) keeps HTML's reading, and removeSourceLineBreaks takes its breaks out.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

// a line end, and the white space around it
const LINE_END = /[ \t\f\r]*\n[ \t\n\f\r]*/g;
// what a document's line ends after: a sentence end or a colon (。：；！？), a closing quote or bracket after one
const ENDS_LINE = /[。：:；！？][”’」』）)]*$/;
// of these, the ones that end a sentence
const ENDS_SENTENCE = /[。；！？][”’」』）)]*$/;
/** Sentence ends a container's line ends must follow for its text to be taken as plain text with line ends. */
const MIN_SENTENCE_LINE_ENDS = 2;

/** Elements whose text is one paragraph (or a run in one), never a container of a document's lines. */
const PARAGRAPH_LIKE = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'b', 'strong', 'em', 'i', 'u', 'span', 'font', 'label', 'title', 'option', 'button', 'pre', 'textarea', 'script', 'style']);

interface LineEnd {
  child: number;
  index: number;
  length: number;
}

/** The line ends inside an element's own text that stand between two pieces of its content. */
function lineEndsOf(el: Element | Root): { ends: LineEnd[]; plain: boolean } {
  const kids = el.children as ElementContent[];
  const ends: LineEnd[] = [];
  let sentences = 0;
  let seenContent = false;
  // the last child holding content (an element, or text other than white space): found once, so each line end asks
  // whether content follows it without a scan of the children after it
  let lastContent = -1;
  for (let c = kids.length - 1; c >= 0 && lastContent < 0; c--) {
    const k = kids[c];
    if (k.type === 'element' || (k.type === 'text' && k.value.trim() !== '')) lastContent = c;
  }
  for (let c = 0; c < kids.length; c++) {
    const kid = kids[c];
    if (kid.type === 'element') {
      if (!PARAGRAPH_LIKE.has(kid.tagName) && kid.tagName !== 'br' && kid.tagName !== 'img') return { ends: [], plain: false };
      seenContent = true;
      continue;
    }
    if (kid.type !== 'text') continue;
    // (each line of the node is read once: the text between one line end and the next)
    const contentEnd = kid.value.trimEnd().length;
    let lineStart = 0;
    let nodeContent = false;
    for (const m of kid.value.matchAll(LINE_END)) {
      const line = kid.value.slice(lineStart, m.index).trimEnd();
      lineStart = m.index + m[0].length;
      if (line.trim() !== '') nodeContent = true;
      // (white space before the first content or after the last is no line end of the text)
      const contentBefore = seenContent || nodeContent;
      const contentAfter = contentEnd > lineStart || c < lastContent;
      if (!contentBefore || !contentAfter) continue;
      // beside an inline element (a bold heading's </b> before it, its <b> after it) or after a line's last mark
      const besideElement = !nodeContent || lineStart === kid.value.length;
      if (!besideElement && !ENDS_LINE.test(line)) return { ends: [], plain: false };
      if (ENDS_SENTENCE.test(line)) sentences++;
      ends.push({ child: c, index: m.index, length: m[0].length });
    }
    if (kid.value.trim() !== '') seenContent = true;
  }
  return { ends, plain: sentences >= MIN_SENTENCE_LINE_ENDS };
}

/**
 * A text node cut into pieces at its line ends, each line end a `<br>`, each piece's position moved to where it starts
 * in the node (counted on from the piece before: a node of many lines is read once).
 */
function cutNode(node: Text, at: LineEnd[]): ElementContent[] {
  const out: ElementContent[] = [];
  const start = node.position?.start;
  let line = start?.line ?? 1;
  let column = start?.column ?? 1;
  let counted = 0;
  // the position of `to`, counted on from the last position asked for
  const positionAt = (to: number): { line: number; column: number; offset?: number } => {
    for (; counted < to; counted++) {
      if (node.value[counted] === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column, offset: start?.offset === undefined ? undefined : start.offset + to };
  };
  const piece = (from: number, to: number): Text => {
    const value = node.value.slice(from, to);
    return start ? { type: 'text', value, position: { start: positionAt(from), end: node.position!.end } } : { type: 'text', value };
  };
  let from = 0;
  for (const e of at) {
    if (e.index > from) out.push(piece(from, e.index));
    out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    from = e.index + e.length;
  }
  if (from < node.value.length) out.push(piece(from, node.value.length));
  return out;
}

/** Each line end of a container holding plain text made a `<br>` (in place); how many containers were read so. */
export function keepPlainTextLineEnds(tree: Root | Element): number {
  let containers = 0;
  const stack: (Root | Element)[] = [tree];
  while (stack.length) {
    const el = stack.pop()!;
    for (const kid of el.children) if (kid.type === 'element') stack.push(kid);
    if (el.type === 'element' && PARAGRAPH_LIKE.has(el.tagName)) continue;
    const { ends, plain } = lineEndsOf(el);
    if (!plain || ends.length === 0) continue;
    containers++;
    const byChild = new Map<number, LineEnd[]>();
    for (const e of ends) {
      const list = byChild.get(e.child);
      if (list) list.push(e);
      else byChild.set(e.child, [e]);
    }
    const kids = el.children as ElementContent[];
    const out: ElementContent[] = [];
    kids.forEach((kid, c) => {
      const at = byChild.get(c);
      if (!at || kid.type !== 'text') out.push(kid);
      else for (const piece of cutNode(kid, at)) out.push(piece);
    });
    el.children = out as typeof el.children;
  }
  return containers;
}
