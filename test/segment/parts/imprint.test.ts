import { describe, expect, it } from 'vitest';
import { findImprint, isImprintLine } from '../../../src/segment/parts/imprint.js';
import { linesOf } from '../../helpers/lines.js';

describe('isImprintLine', () => {
  it.each([['抄送：市委各部门，市人大常委会办公室。'], ['抄 送: 财政部'], ['某市人民政府办公室　　　　2023年5月6日印发'], ['某市人民政府办公室 二〇二三年五月六日印发'], ['（共印50份）']])('fires: %s', (t) => expect(isImprintLine(t)).toBe(true));
  it.each([['现将《某某办法》印发给你们。'], ['抄送单位应当及时反馈'], ['2023年5月6日'], ['本办法自2023年5月6日起印发实施。']])('does not fire: %s', (t) => expect(isImprintLine(t)).toBe(false));
});

describe('findImprint', () => {
  it('抄送 and the printing line end the document', () => {
    const lines = linesOf('第三条 资金按因素法分配。\n\n抄送：财政部、教育部。\n\n某某省财政厅办公室          2022年3月2日印发');
    expect(findImprint(lines, 0, lines.length)).toEqual({ first: 1, copyTo: '财政部、教育部', printer: '某某省财政厅办公室', printDate: '2022-03-02' });
  });
  it('a rule above the printing line is part of it', () => {
    const lines = linesOf('请遵照执行。\n\n---\n\n某市人民政府办公室 2023年5月6日印发');
    expect(findImprint(lines, 0, lines.length)).toMatchObject({ first: 1, copyTo: null, printer: '某市人民政府办公室' });
  });
  it('no 版记: nothing', () => {
    const lines = linesOf('请遵照执行。\n\n某市人民政府\n\n2023年5月6日');
    expect(findImprint(lines, 0, lines.length)).toBeNull();
  });
  it('a rule alone is not a 版记', () => {
    const lines = linesOf('请遵照执行。\n\n---');
    expect(findImprint(lines, 0, lines.length)).toBeNull();
  });
});
