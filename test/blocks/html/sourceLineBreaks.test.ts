import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { parseHtmlFragment } from '../../../src/blocks/html/parseHtml.js';
import { removeSourceLineBreaks } from '../../../src/blocks/html/sourceLineBreaks.js';

const textOf = (n: Root | Element): string => (n.children as ElementContent[]).map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

function afterBreaks(html: string): string {
  const tree = parseHtmlFragment(html);
  removeSourceLineBreaks(tree);
  return textOf(tree);
}

describe('removeSourceLineBreaks', () => {
  it.each([
    // a number in a span of its own, the source wrapped around it (Word's web page)
    ['<p>某教发[<span lang=EN-US>\n2015</span>]1号</p>', '<p>某教发[2015]1号</p>'],
    ['<p>各高等学校,\n厅机关各处室和直属单位:</p>', '<p>各高等学校,厅机关各处室和直属单位:</p>'],
    ['<p><span>2015</span>年<span>3</span>月\n  <span>10</span>日</p>', '<p>2015年3月10日</p>'],
    ['<p>某某\r\n\t某某</p>', '<p>某某某某</p>'],
    // a break inside a word between two Chinese characters (CSS drops it)
    ['<p>某某会议通\n过</p>', '<p>某某会议通过</p>'],
  ])('%j', (html, expected) => expect(afterBreaks(html)).toBe(afterBreaks(expected)));
  it.each([
    // must not: a break between two Latin words or numbers is the space between them
    ['<p>Times New\nRoman</p>', 'Times New Roman'],
    ['<p>ISO\n9001</p>', 'ISO 9001'],
    // must not: a space before the break between two Chinese characters is the text's own (two organs stand apart)
    ['<p>某某市某某局 \n某某市某某委员会</p>', '某某市某某局 某某市某某委员会'],
    // must not: a space without a break, preformatted text
    ['<p>某某 某某</p>', '某某 某某'],
    ['<pre>第一行\n第二行</pre>', '第一行\n第二行'],
  ])('keeps: %j', (html, expected) => expect(afterBreaks(html)).toBe(expected));
});
