import { describe, expect, it } from 'vitest';
import { isAttachmentNoteLink } from '../../../src/segment/page/attachmentNoteLink.js';
import { dropNoise } from '../../../src/segment/page/dropNoise.js';
import { linesOf } from '../../helpers/lines.js';

// the link is the first line of each text
describe('isAttachmentNoteLink', () => {
  it.each([
    ['above one organ and the date', '附件：某某市补助办法（试行）.docx\n某市发展和改革委员会\n2019年5月30日'],
    ['above three organs on their lines, empty paragraphs between', '附件：某某办法.doc\n\n\n某市发展和改革委员会\n某市经济和信息化委员会\n\n某某省能源局\n2019年5月30日'],
    ['two links, then the signature', '附件：1.某某申请表.xlsx\n附件：2.某某承诺书.pdf\n某某县人民政府\n2024年2月1日'],
    ['the date alone after the link', '附件：某某目录.pdf\n2024年2月1日'],
  ])('fires: %s', (_, text) => {
    expect(isAttachmentNoteLink(linesOf(text), 0)).toBe(true);
  });

  it.each([
    ['a link at the end of the page, then the footer', '附件：某某申请表.xls\n主办单位：某市人民政府办公室 网站标识码：1234567890\n某ICP备12345678号'],
    ['a link followed by a paragraph that mentions a date', '附件：某某申请表.xls\n请于2024年3月1日前将申请表报送某市发展和改革委员会，逾期不予受理，特此说明。\n2024年2月1日'],
    ['a link followed by a sentence', '附件：某某申请表.xls\n联系人：张某。\n2024年2月1日'],
    ['a printed 附件 note (no file name) is not a link', '附件：某某市补助办法\n某市人民政府\n2024年2月1日'],
    ['the date too far below', '附件：某某申请表.xls\n甲\n乙\n丙\n丁\n戊\n己\n庚\n辛\n2024年2月1日'],
  ])('does not fire: %s', (_, text) => {
    expect(isAttachmentNoteLink(linesOf(text), 0)).toBe(false);
  });

  it('dropNoise keeps the 附件说明 link and drops the one after the signature', () => {
    const text = '某某事项通知如下。\n附件：某某办法.docx\n某市发展和改革委员会\n2019年5月30日\n附件下载：某某申请表.xls\n网站地图 联系我们 主办单位：某市人民政府';
    const r = dropNoise(linesOf(text));
    expect(r.kept.map((l) => l.text)).toEqual(['某某事项通知如下。', '附件：某某办法.docx', '某市发展和改革委员会', '2019年5月30日']);
    expect(r.dropped.map((d) => [d.text, d.reason])).toEqual([['附件下载：某某申请表.xls', 'web-chrome'], ['网站地图 联系我们 主办单位：某市人民政府', 'web-chrome']]);
  });
});
