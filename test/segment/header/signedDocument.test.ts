import { describe, expect, it } from 'vitest';
import { findSignedDocument } from '../../../src/segment/header/signedDocument.js';
import { parseGazette } from '../../../src/parse.js';
import { linesOf } from '../../helpers/lines.js';

const found = (text: string) => {
  const lines = linesOf(text);
  const s = findSignedDocument(lines, 0, lines.length);
  return s ? s.title : null;
};

describe('findSignedDocument', () => {
  it.each([
    // a 公告 of a web page: title, body, contact lines, signature, date
    ['关于《某市某事条例(草案)》公开征求意见的公告\n发布时间:2018-11-12 17:25:15\n现将草案向社会公开征求意见，欢迎社会各界人士参与。\n电子邮箱:abc@example.org\n某市人大常委会办公厅\n2018年11月 12 日', '关于《某市某事条例(草案)》公开征求意见的公告'],
    // a title wrapped over two lines
    ['关于《某某自治州自治条例》(修正草案)\n公开征求意见的通知\n为了提高立法质量，现将修正草案予以公布。\n州人大常委会法工委\n2023年11月20日', '关于《某某自治州自治条例》(修正草案)公开征求意见的通知'],
    // a news headline that exclaims above the title titles nothing, though it names a kind
    ['4月15日起为禁牧期!某区最新公告\n某县草原禁牧公告\n为做好草原禁牧工作，特制发本公告。\n某市某县人民政府\n2024年4月15日', '某县草原禁牧公告'],
    // a closing formula printed without its stop (特此公告) names a kind, but is no title
    ['某县草原禁牧公告\n为做好草原禁牧工作，特制发本公告。\n禁牧区为全县所有草原。\n特此公告\n某市某县人民政府\n2024年4月15日', '某县草原禁牧公告'],
  ])('%s', (text, title) => expect(found(text)).toBe(title));
  it.each([
    ['no signature: a date line alone', '关于某事的公告\n现将有关事项公告如下。\n2023年1月1日'],
    ['no title naming a kind of 公文 above the body', '某市某事工作情况\n今年以来，某事工作进展顺利。\n某市某局\n2023年1月1日'],
    ['nothing said between title and signature', '关于某事的通知\n某市人民政府\n2023年1月1日'],
    ['only a headline that exclaims above the body', '4月15日起为禁牧期!某区最新公告\n为做好草原禁牧工作，特制发本公告。\n某市某县人民政府\n2024年4月15日'],
  ])('must not fire: %s', (_what, text) => expect(found(text)).toBeNull());
});

describe('a page\'s signed notice before the draft it publishes', () => {
  it('is the document, and the draft its issued text', () => {
    const text = ['您当前的位置: 首页 > 法规草案征求意见 > 关于《某市某事条例(草案)》公开征求意见的公告', '关于《某市某事条例(草案)》公开征求意见的公告', '发布时间:2018-11-12 17:25:15', '《某市某事条例(草案)》已经市人大常委会两次审议，现将草案向社会公开征求意见。', '某市人大常委会办公厅', '2018年11月12日', '某市某事条例', '(草案)', '第一章 总则', '第二章 管理', '第三章 附则', '第一章 总则', '第一条 为了规范某事，制定本条例。', '第二条 本条例适用于本市。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer, d.signDate, d.issuedTexts.length])).toEqual([['关于《某市某事条例(草案)》公开征求意见的公告', '某市人大常委会办公厅', '2018-11-12', 1]]);
    const chapters = docs[0].issuedTexts[0].body.filter((n) => n.type === 'chapter');
    expect(chapters.map((c) => c.label)).toEqual(['第一章']);
  });
  it('a notice signed before the 目录 of the draft it publishes is no issue TOC\'s front matter', () => {
    const text = ['关于《某某自治州自治条例》(修正草案)', '公开征求意见的通知', '为了提高立法质量，现将《某某自治州自治条例》(修正草案)予以公布。', '州人大常委会法工委', '2023年11月20日', '《某某自治州自治条例》', '目  录', '第一章 总则', '第二章 自治机关', '第三章 附则', '第一章 总则', '第一条 根据宪法，制定本条例。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([['关于《某某自治州自治条例》(修正草案)公开征求意见的通知', '2023-11-20', ['某某自治州自治条例']]]);
  });
});
