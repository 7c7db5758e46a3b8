import { describe, expect, it } from 'vitest';
import { isMarkupOnly, stripHtmlRemnants } from '../../src/blocks/htmlRemnants.js';

describe('stripHtmlRemnants', () => {
  it.each([
    ['各区人民政府，市政府各部门：<br>', '各区人民政府，市政府各部门：'],
    ['&nbsp;&nbsp;经市政府同意，现予公布。<br/>', '  经市政府同意，现予公布。'],
    ['<p style="text-indent:2em"><span>一、总体要求</span></p>', '一、总体要求'],
    ['&ldquo;一网通办&rdquo;&#12290;', '“一网通办”。'],
    ['某某<o:p></o:p>', '某某'],
    ['&copy; 2023 某市人民政府 &bull; 首页 &rarr; 政策 &yen;100', '© 2023 某市人民政府 • 首页 → 政策 ¥100'], // the standard's table
    ['&frac12;&sup2;&NBSP;&Ldquo;', '½² “'], // digits in a name, upper-case spellings
  ])('%s → %s', (t, out) => expect(stripHtmlRemnants(t)).toBe(out));
  it.each([
    ['年收入<5万元的家庭'], // a less-than sign in running text
    ['A&B公司'], // an ampersand that is no entity
    ['&unknown;'], // not an entity we know
    ['第一条 为了规范管理，制定本办法。'],
  ])('leaves %s alone', (t) => expect(stripHtmlRemnants(t)).toBe(t));
});

describe('isMarkupOnly', () => {
  it.each([['<br>'], ['&nbsp;&nbsp;'], ['</p><p>']])('%s is markup only', (t) => expect(isMarkupOnly(t)).toBe(true));
  it.each([[''], ['某某<br>'], ['&lt;']])('%s is not', (t) => expect(isMarkupOnly(t)).toBe(false));
});
