import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { parseHtmlFragment } from '../../../src/blocks/html/parseHtml.js';
import { keepPlainTextLineEnds } from '../../../src/blocks/html/plainTextLineEnds.js';

/** The text with each <br> as `|`, white space kept. */
const textOf = (n: Root | Element): string =>
  (n.children as ElementContent[]).map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? (c.tagName === 'br' ? '|' : textOf(c)) : '')).join('');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

function afterRule(html: string): { text: string; containers: number } {
  const tree = parseHtmlFragment(html);
  const containers = keepPlainTextLineEnds(tree);
  return { text: squeeze(textOf(tree)), containers };
}

describe('keepPlainTextLineEnds', () => {
  it.each([
    // a notice's plain text pasted into a div: 主送, sentences, bold item headings, each on a source line of its own
    ['<div>\n  某市各区人民政府：\n现将有关事项通知如下。\n<b>一、各区自查</b>\n各区要开展自查。\n<b>二、部门自查</b>\n各部门要开展自查。<br />\n特此通知。\n</div>',
      '某市各区人民政府：|现将有关事项通知如下。|一、各区自查|各区要开展自查。|二、部门自查|各部门要开展自查。||特此通知。'],
    // a table cell holding the text, lines after sentence ends only
    ['<table><tr><td>第一句话写完了。\n第二句话也写完了。\n第三句话。</td></tr></table>', '第一句话写完了。|第二句话也写完了。|第三句话。'],
  ])('%j', (html, expected) => {
    const r = afterRule(html);
    expect(r.text).toBe(expected);
    expect(r.containers).toBe(1);
  });
  it.each([
    // must not: a source wrapped mid-sentence (Word's web page), even when some of its breaks follow a full stop
    ['<div>某某省教育厅关于做好\n2015年某某工作的通知。各高等学校按\n要求执行。另行通知。\n请遵照。</div>'],
    // must not: a paragraph's source lines, whatever they end with (a <p> is one paragraph)
    ['<p>第一句话写完了。\n第二句话也写完了。\n第三句话。</p>'],
    // must not: a single sentence end (two lines are not a document's text)
    ['<div>某市人民政府：\n现将有关事项通知如下。\n特此通知</div>'],
    // must not: a container of paragraphs, only white space between them
    ['<div>\n<p>某市人民政府：</p>\n<p>现将有关事项通知如下。</p>\n<p>特此通知。</p>\n</div>'],
    // must not: a container holding a block of its own beside its text
    ['<div>第一句话写完了。\n第二句话也写完了。\n<div>某某</div>第三句话。</div>'],
  ])('keeps: %j', (html) => {
    const tree = parseHtmlFragment(html);
    const before = JSON.stringify(tree);
    expect(keepPlainTextLineEnds(tree)).toBe(0);
    expect(JSON.stringify(tree)).toBe(before);
  });
  it('gives each piece the source line it starts on', () => {
    const tree = parseHtmlFragment('<div>某市各区人民政府：\n现将有关事项通知如下。\n请认真执行。\n特此通知。</div>');
    keepPlainTextLineEnds(tree);
    const div = tree.children[0] as Element;
    const lines = (div.children as ElementContent[]).filter((c) => c.type === 'text').map((c) => c.position?.start.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  });
});
