/**
 * Where a page's source breaks a line inside running text (Word's "save as web page" wraps its source at about 76
 * characters, mid-sentence, between a `<span>` of digits and the characters around it), HTML reads the break as a
 * space: `吉教发[ 2015]1号`, `2015年3月 10日`. Next to a digit, a bracket or a mark the break stands for nothing and
 * is taken out with the white space around it; between two Chinese characters too (CSS Text 3's segment break
 * transformation: `修\n正本`, `会议通\n过`), unless a space ends the source line before the break, the text's own
 * space between two names (`某某局 \n某某委员会`); between two Latin letters or digits it is the space between words.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

/** Elements whose text keeps its line breaks. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

// white space with a line break in it (the spaces before the break, on the source line it ends, captured)
const BREAK_RUN = /([ \t\f]*)\r?\n[ \t\n\f\r]*/g;
// a Latin letter or a digit, a Chinese character: the same kind on both sides of a break, the break is a space
const WORD_CHAR = /[A-Za-z0-9]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Every text node of the tree in document order (iterative: pages nest deep), but those in preformatted text. */
function textNodes(tree: Root | Element): Text[] {
  const out: Text[] = [];
  const stack: ElementContent[] = [...(tree.children as ElementContent[])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n);
    else if (n.type === 'element' && !PREFORMATTED.has(n.tagName)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ElementContent);
  }
  return out;
}

/** Take out the source's line breaks inside text, as a browser lays out Chinese (in place). */
export function removeSourceLineBreaks(tree: Root | Element): void {
  const texts = textNodes(tree);
  // the last character seen before each node, and the first after it, across nodes
  const before: string[] = new Array(texts.length);
  let last = '';
  for (let i = 0; i < texts.length; i++) {
    before[i] = last;
    const t = texts[i].value.trimEnd();
    if (t) last = t[t.length - 1];
  }
  let next = '';
  for (let i = texts.length - 1; i >= 0; i--) {
    const node = texts[i];
    const after = next;
    const t = node.value.trimStart();
    if (t) next = t[0];
    if (!node.value.includes('\n')) continue;
    node.value = node.value.replace(BREAK_RUN, (run: string, spaceBefore: string, at: number, whole: string) => {
      const left = at > 0 ? whole[at - 1] : before[i];
      const right = at + run.length < whole.length ? whole[at + run.length] : after;
      const l = left ?? '';
      const r = right ?? '';
      return (WORD_CHAR.test(l) && WORD_CHAR.test(r)) || (spaceBefore && HAN.test(l) && HAN.test(r)) ? ' ' : '';
    });
  }
}
