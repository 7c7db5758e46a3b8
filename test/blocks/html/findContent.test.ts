/** Where a page holds its document: shapes of saved 某市 pages, by what the blocks hold (no class names used). */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/blocks/html/parseHtml.js';
import { measureText, compactText } from '../../../src/blocks/html/hastText.js';
import { findContent } from '../../../src/blocks/html/findContent.js';

const NAV = '<div><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政策文件</a><a href="/c">互动交流</a><a href="/d">办事服务</a></div>';
const FOOTER = '<div><p>主办单位：某市人民政府办公室</p><p>网站标识码：1234567890 某ICP备12345678号</p></div>';
const BODY = ['某市人民政府关于加强某某工作的通知', '某政发〔2024〕3号', '各区人民政府，市政府各部门：', '为加强某某工作，现将有关事项通知如下。'.repeat(3), '一、提高认识。'.repeat(4), '二、落实责任。'.repeat(4), '某市人民政府', '2024年3月1日'];
const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

function choose(html: string) {
  const page = parseHtml(html);
  const found = findContent(page.body, measureText(page.body));
  return { root: compactText(found.root), title: found.title ? compactText(found.title) : null, duplicates: found.duplicates.length };
}

describe('findContent', () => {
  it('takes the block of paragraphs between navigation and footer', () => {
    const c = choose(`<html><body>${NAV}<div><div>${paragraphs(BODY)}</div></div>${FOOTER}</body></html>`);
    expect(c.root.startsWith('某市人民政府关于加强某某工作的通知')).toBe(true);
    expect(c.root).not.toContain('主办单位');
    expect(c.root).not.toContain('政务公开');
    expect(c.title).toBeNull();
  });

  it('sets aside a second copy of the document (desktop and mobile)', () => {
    const copy = `<div>${paragraphs(BODY)}</div>`;
    const c = choose(`<html><body>${NAV}<div>${copy}${copy}</div>${FOOTER}</body></html>`);
    expect(c.duplicates).toBe(1);
    expect(c.root.match(/某政发〔2024〕3号/g)).toHaveLength(1);
  });

  it('titles a body that prints no title with the page heading above it', () => {
    const c = choose(`<html><body>${NAV}<div><h4>某市发展和改革局关于某某项目节能报告的审查意见</h4><div><span>信息来源：某市发展和改革局</span></div><div>${paragraphs(BODY.slice(1))}</div></div>${FOOTER}</body></html>`);
    expect(c.title).toBe('某市发展和改革局关于某某项目节能报告的审查意见');
    expect(c.root.startsWith('某政发〔2024〕3号')).toBe(true);
  });

  it.each([
    // the heading repeats the body's own title
    ['<div>某市人民政府关于加强某某工作的通知</div>'],
    // the heading adds the 发文字号 in brackets
    ['<h2>某市人民政府关于加强某某工作的通知(某政发〔2024〕3号)</h2>'],
    // a site heading that is no title
    ['<h1>某市人民政府<span>政策文件</span></h1>'],
    // a labelled value of the page's metadata
    ['<ul><li>标题：某市人民政府关于加强某某工作的通知</li></ul>'],
  ])('takes no page heading when it is %s', (heading) => {
    const c = choose(`<html><body>${NAV}<div>${heading}<div>${paragraphs(BODY)}</div></div>${FOOTER}</body></html>`);
    expect(c.title).toBeNull();
  });
});

describe('measureText: a site footer counts as no text', () => {
  const sizeOf = (html: string, pick: (body: ReturnType<typeof parseHtml>['body']) => unknown) => {
    const page = parseHtml(html);
    const sizes = measureText(page.body);
    return sizes.get(pick(page.body) as never)!;
  };
  const bigFooter = '<div><p>通讯地址：某某省某某市某某路264号 邮编：350003 值班电话：0591-12345678 传真：0591-12345679</p><p>主办单位：某某省某某局 某公网安备 11010202007691 网站标识码：bm62000017 某ICP备11044902号</p><p>某某省某某局版权所有，如需转载，请注明来源</p></div>';
  it('a page whose document is only a link to its PDF: the footer is the largest block, and is set aside', () => {
    const html = `<html><body><div>${NAV}<div><div>某某省某某局关于印发《某某规则（试行）》的通知（某监能市场〔2018〕138号）</div><div><span>2018-12-22 10:35</span><span>来源：某某局</span></div><div><p><a href="/x.pdf">某某省某某局关于印发《某某规则（试行）》的通知</a></p></div></div>${bigFooter}</div></body></html>`;
    const c = choose(html);
    expect(c.root).toContain('某某省某某局关于印发《某某规则（试行）》的通知');
    expect(c.root).not.toContain('通讯地址');
    expect(c.root).not.toContain('版权所有');
  });
  it('the footer block has no size; the page around it keeps its text', () => {
    const html = `<html><body><div>${paragraphs(BODY)}</div>${bigFooter}</body></html>`;
    expect(sizeOf(html, (b) => (b as { children: { type: string }[] }).children.filter((c) => c.type === 'element')[1])).toEqual({ plain: 0, linked: 0 });
    expect(sizeOf(html, (b) => b).plain).toBeGreaterThan(100);
  });
  it.each([
    ['a page of nothing but a footer is not set aside', `<html><body>${bigFooter}</body></html>`],
    ['a paragraph of a law that speaks of ICP filing (no registration number) keeps its size', `<html><body><div><p>网站开办者应当办理ICP备案手续，未办理备案的，不得从事互联网信息服务。</p></div><div><p>${'正文。'.repeat(200)}</p></div></body></html>`],
  ])('must not fire: %s', (_, html) => {
    const page = parseHtml(html);
    const sizes = measureText(page.body);
    const blocks = (page.body as { children: { type: string }[] }).children.filter((c) => c.type === 'element');
    for (const b of blocks) expect(sizes.get(b as never)!.plain).toBeGreaterThan(0);
  });
});
