import { describe, expect, it } from 'vitest';
import { FILE_NAME_END, withoutFileExtension } from '../../src/text/fileName.js';

describe('withoutFileExtension', () => {
  it.each([
    ['某某市补助资金申请表.xlsx', '某某市补助资金申请表'],
    ['某某办法（试行）.docx', '某某办法（试行）'],
    ['某某目录.PDF', '某某目录'],
    ['某某协议（示范文本）.doc', '某某协议（示范文本）'],
    ['某某数据.csv', '某某数据'],
    // must not fire: a printed title, a decimal inside the text, an extension that is not a file's
    ['某某市实施办法', '某某市实施办法'],
    ['某某指标1.5', '某某指标1.5'],
    ['某某报告.txt版', '某某报告.txt版'],
  ])('%s → %s', (name, expected) => {
    expect(withoutFileExtension(name)).toBe(expected);
    expect(FILE_NAME_END.test(name)).toBe(name !== expected);
  });
});
