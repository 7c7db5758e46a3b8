import { describe, expect, it } from 'vitest';
import { fileLinkBreaks } from '../../src/blocks/fileLinkBreaks.js';

describe('fileLinkBreaks', () => {
  it.each([
    ['a link after a bracket, an organ after the file', '联系电话:0851-1234567(兼传真)附件:某某名单.doc某某办公室', ['联系电话:0851-1234567(兼传真)'.length, '联系电话:0851-1234567(兼传真)附件:某某名单.doc'.length]],
    ['a numbered label after a phone number', '联系电话:12345678附件1:某某表.xlsx', ['联系电话:12345678'.length]],
    ['an extension before Chinese text', '下载:某某申请表.pdf某某局', ['下载:某某申请表.pdf'.length]],
  ])('%s', (_name, text, want) => expect(fileLinkBreaks(text)).toEqual(want));
  it.each([
    ['附件 in a sentence', '具体见附件：某某名单'],
    ['a file name at the end', '附件：某某名单.doc'],
    ['an extension before a clause mark', '请下载某某表.xls，填写后报送'],
    ['a version number', '按照1.0版本执行'],
  ])('must not fire: %s', (_name, text) => expect(fileLinkBreaks(text)).toEqual([]));
});
