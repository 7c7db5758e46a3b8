/** Tables that lay a page out (the document's paragraphs inside their cells) against tables of data. */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { parseHtml } from '../../../src/blocks/html/parseHtml.js';
import { isLayoutTable, unwrapLayoutTables } from '../../../src/blocks/html/layoutTables.js';
import { parseSource } from '../../../src/parse.js';

function firstTable(html: string): Element {
  const page = parseHtml(`<html><body>${html}</body></html>`);
  const stack = [page.body as Element];
  while (stack.length) {
    const e = stack.shift()!;
    if (e.tagName === 'table') return e;
    for (const c of e.children) if (c.type === 'element') stack.push(c);
  }
  throw new Error('no table');
}

describe('isLayoutTable', () => {
  it.each([
    ['paragraphs in a cell', '<table><tr><td><p>某市人民政府关于某事的通知</p><p>各区人民政府：</p></td></tr></table>'],
    ['a table nested in a cell', '<table><tr><td><table><tr><td>甲</td></tr></table></td></tr></table>'],
    ['a div in a cell beside text cells', '<table><tr><td>标题</td><td><div>正文</div></td></tr></table>'],
  ])('fires: %s', (_what, html) => expect(isLayoutTable(firstTable(html))).toBe(true));
  it.each([
    ['cells of text', '<table><tr><td>发文机关：</td><td>某市人民政府</td></tr><tr><td>发文字号：</td><td>某政发〔2024〕3号</td></tr></table>'],
    ['cells with bold labels and line breaks', '<table><tr><td><b>索 引 号：</b></td><td>123<br>456</td></tr></table>'],
    ['a list of names in spans', '<table><tr><td><span>张三</span></td><td><span>组长</span></td></tr></table>'],
  ])('must not fire: %s', (_what, html) => expect(isLayoutTable(firstTable(html))).toBe(false));
});

describe('unwrapLayoutTables', () => {
  it('turns the layout table and its own rows and cells into divs, and leaves a data table nested in it a table', () => {
    const page = parseHtml('<html><body><table><tr><td><p>正文</p><table><tr><td>甲</td><td>乙</td></tr></table></td></tr></table></body></html>');
    expect(unwrapLayoutTables(page.body)).toBe(1);
    const tags: string[] = [];
    const walk = (e: Element): void => {
      tags.push(e.tagName);
      for (const c of e.children) if (c.type === 'element') walk(c);
    };
    walk(page.body as Element);
    expect(tags.filter((t) => t === 'table')).toHaveLength(1);
    expect(tags).toContain('td');
  });
});

describe('a page laid out in nested tables, its metadata in a table of data', () => {
  const html = [
    '<div class="wrap"><table><tbody><tr><td>',
    '<table><tbody><tr><td><b>发文机关：</b></td><td>某市人民政府</td><td><b>成文日期：</b></td><td>2024年3月1日</td></tr>',
    '<tr><td><b>发文字号：</b></td><td>某政发〔2024〕3号</td></tr></tbody></table>',
    '</td></tr></tbody></table>',
    '<table><tbody><tr><td><table><tbody><tr><td id="content">',
    '<p><span style="font-weight: bold;">某市人民政府关于加强某某</span></p>',
    '<p><span style="font-weight: bold;">工作的通知</span></p>',
    '<p>某政发〔2024〕3号</p>',
    '<p>各区人民政府，市政府各部门：</p>',
    '<p>为加强某某工作，现将有关事项通知如下。请各区结合实际认真贯彻执行，确保各项措施落到实处。</p>',
    '<p>一、提高认识。各区要充分认识某某工作的重要意义。</p>',
    '<p>二、落实责任。各区要明确分工，压实责任。</p>',
    '<p>某市人民政府</p><p>2024年3月1日</p><p>（此件公开发布）</p>',
    '</td></tr></tbody></table>',
    '<div id="qr">扫一扫在手机打开当前页</div>',
    '</td></tr></tbody></table></div>',
  ].join('\n');
  const { result } = parseSource({ text: html, path: 'page.html' });
  const docs = result.issues.flatMap((i) => i.documents);
  it('is the notice, its paragraphs read as paragraphs (they became one table cell of page chrome)', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.recipients, d.signDate, d.publicity])).toEqual([
      ['某市人民政府关于加强某某工作的通知', '某政发〔2024〕3号', '各区人民政府，市政府各部门', '2024-03-01', '此件公开发布'],
    ]);
    expect(docs[0].body.filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、']);
  });
  it('keeps the metadata table out of the document, as page metadata', () => {
    expect(result.dropped.map((d) => d.reason)).toContain('page-metadata');
    expect(JSON.stringify(docs[0].body)).not.toContain('发文机关');
  });
});
