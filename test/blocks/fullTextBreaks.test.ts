import { describe, expect, it } from 'vitest';
import { fullTextBreaks } from '../../src/blocks/fullTextBreaks.js';
import { cutLongLines } from '../../src/blocks/cutLongLines.js';
import { linesOf } from '../helpers/lines.js';

const LEAD = '原标题:某市成立某某领导小组 张某任组长本报讯 据某市政府网消息,某市人民政府办公室公布关于成立某某领导小组的通知,根据通知,由副市长张某任组长。全文如下:';
const DOC = '某市人民政府办公室关于成立某某领导小组的通知各区人民政府,市政府各委、办、局:为加强对某某工作的领导,市政府决定成立某某领导小组。现将有关事项通知如下:一、主要职责负责某某工作的组织和领导。二、组成人员组长:张某副市长。副组长:李某市政府副秘书长,王某某市发展改革委主任。成员:各有关部门负责同志。三、工作机构领导小组办公室设在市发展改革委。';

describe('fullTextBreaks', () => {
  it('breaks before the title and before the 主送 after 全文如下', () => {
    expect(fullTextBreaks(LEAD + DOC)).toEqual([LEAD.length, LEAD.length + '某市人民政府办公室关于成立某某领导小组的通知'.length]);
  });
  it.each([
    ['no title after the announcement', '某某会议召开。全文如下:各区人民政府要做好某某工作。'],
    ['a title with no 主送 after it', '全文如下:某市人民政府办公室关于成立某某领导小组的通知为加强对某某工作的领导,决定成立领导小组。'],
    ['a cited title in a sentence, no announcement', '根据某市人民政府办公室关于成立某某领导小组的通知各区人民政府:要做好工作。'],
  ])('must not: %s', (_name, text) => expect(fullTextBreaks(text)).toEqual([]));
});

describe('a report printing the document after 全文如下, its line ends lost', () => {
  it('is cut into the lead, the title, the 主送 and the body', () => {
    const texts = cutLongLines(linesOf(LEAD + DOC)).lines.map((l) => l.text);
    expect(texts).toContain('某市人民政府办公室关于成立某某领导小组的通知');
    expect(texts.some((t) => t.startsWith('各区人民政府,市政府各委、办、局:为加强'))).toBe(true);
  });
});
