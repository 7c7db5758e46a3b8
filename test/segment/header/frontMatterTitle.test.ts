import { describe, expect, it } from 'vitest';
import { frontMatterTitleLine } from '../../../src/segment/header/frontMatterTitle.js';
import { linesOf } from '../../helpers/lines.js';

const source = { line: 2, raw: 'title: 某市人民政府关于加强某事管理的通知' };
const title = '某市人民政府关于加强某事管理的通知';

describe('frontMatterTitleLine', () => {
  it('the text opens with its 主送: the front matter line titles it, with its own line number', () => {
    const line = frontMatterTitleLine(title, source, linesOf('各区人民政府，市政府各部门：\n为加强某事管理，现通知如下。'));
    expect(line).toMatchObject({ line: 2, text: title, raw: source.raw, heading: 1 });
  });
  it('a 印发 notice whose signature (the organ twice named in the title) and date follow a sentence naming the text is no printed title', () => {
    const t = '某某县人民政府关于印发《某某县人民政府工作规则》的通知';
    const text = '各乡、镇人民政府,县政府各部门:\n《某某县人民政府工作规则》已经县政府全体会议通过,现予印发,请遵照执行。\n某某县人民政府\n2019年1月17日\n某某县人民政府工作规则\n第一章 总则';
    expect(frontMatterTitleLine(t, source, linesOf(text))?.text).toBe(t);
  });
  it('the issued text\'s title, a name inside the notice\'s title, is no printed title of the notice', () => {
    const t = '某市人民政府办公室关于印发《某市促进某某就业行动实施方案(2023—2025年)》的通知';
    const text = '各镇、乡人民政府,市政府各部门:\n《某市促进某某就业行动实施方案(2023—2025年)》已经市政府同意,现印发你们。\n某市人民政府办公室\n2023年3月13日\n某市促进某某就业行动实施方案(2023—2025年)\n为贯彻落实某某精神,制定本方案。';
    expect(frontMatterTitleLine(t, source, linesOf(text))?.text).toBe(t);
  });
  it('a page\'s breadcrumb ending with the title is no printed title', () => {
    const text = `您当前的位置: 首页 > 政策文件 > ${title}\n发布时间:2018-11-12 17:25:15\n为加强某事管理，现通知如下。`;
    expect(frontMatterTitleLine(title, source, linesOf(text))?.text).toBe(title);
  });
  it('a 题注 whose amendment clause cites the law by name is no printed title', () => {
    const law = '中华人民共和国某某法';
    const text = '1990 年 6 月 28 日 第七届全国人民代表大会常务委员会第十四次会议通过\n2020 年 10 月 17 日 第十三届全国人民代表大会常务委员会第二十二次会议《关于修改〈中华人民共和国某某法〉的决定》第二次修正\n第一条　为了规范某某，制定本法。';
    expect(frontMatterTitleLine(law, { line: 2, raw: `title: ${law}` }, linesOf(text))?.text).toBe(law);
  });
  it.each([
    ['the text prints the title', `${title}\n各区人民政府：\n现通知如下。`],
    ['the text prints it wrapped over two lines', '某市人民政府关于加强\n某事管理的通知\n各区人民政府：'],
    ['the text prints it with its spaces', '某市人民政府关于加强某事管理的 通 知\n各区人民政府：'],
  ])('must not fire: %s', (_shape, text) => expect(frontMatterTitleLine(title, source, linesOf(text))).toBeNull());
  it('must not fire: front matter with no text below it', () => expect(frontMatterTitleLine(title, source, [])).toBeNull());
  it('must not fire: a front matter title that names no kind of document (a page name)', () => {
    expect(frontMatterTitleLine('某市人民政府门户网站', source, linesOf('各区人民政府：\n现通知如下。'))).toBeNull();
  });
});
