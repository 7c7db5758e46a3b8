import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../../src/blocks/html/limitNesting.js';
import { parseSource } from '../../../src/parse.js';

const nested = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

describe('limitNesting', () => {
  it.each([
    // must not fire: an ordinary page, unclosed paragraphs and list items, void elements
    ['<html><body><div><p>一<p>二<p>三</div></body></html>', 0],
    ['<ul>' + '<li>条目'.repeat(800) + '</ul>', 0],
    ['<div>' + '<br><img src=x><meta charset=utf-8>'.repeat(800) + '</div>', 0],
    [nested(5, '<p>某市人民政府</p>'), 0],
    // fires: past the limit, both tags of each element go (two levels of div and the p inside them)
    [nested(12, '<p>某市人民政府</p>'), 2 * (12 - 10) + 2],
  ])('%#: %s removes %i tags', (html, removed) => expect(limitNesting(html, 10).removed).toBe(removed));

  it('keeps the text and the line ends of what it takes out', () => {
    const html = '<div\n>'.repeat(12) + '某市人民政府' + '</div>'.repeat(12);
    const out = limitNesting(html, 10).html;
    expect(out).toContain('某市人民政府');
    expect(out.split('\n')).toHaveLength(html.split('\n').length);
  });

  it('a page nested 10,000 deep parses to its document with a warning, without overflowing the stack', () => {
    const page = '<!doctype html><html><body>' + nested(10_000, '<p>某市人民政府关于某事的通知</p><p>某政发〔2024〕1号</p><p>各区人民政府：</p><p>现将有关事项通知如下。</p>') + '</body></html>';
    const { result } = parseSource({ text: page, path: 'deep.html' });
    expect(result.issues.flatMap((i) => i.documents).map((d) => d.docNumber)).toEqual(['某政发〔2024〕1号']);
    expect(result.warnings.map((w) => w.code)).toContain('html-too-deep');
  });
});
