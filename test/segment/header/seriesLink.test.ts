import { describe, expect, it } from 'vitest';
import { withoutSeriesLink } from '../../../src/segment/header/seriesLink.js';

describe('withoutSeriesLink', () => {
  it.each([
    ['before an issuer and 关于', '2005年 某某省人民政府办公厅关于2006年部分节假日安排的通知', '某某省人民政府办公厅关于2006年部分节假日安排的通知'],
    ['before 关于', '2012年 关于2013年部分节假日安排的通知', '关于2013年部分节假日安排的通知'],
    ['an ideographic space', '2010年\u3000某市人民政府关于某事的通告', '某市人民政府关于某事的通告'],
  ])('%s', (_name, line, want) => expect(withoutSeriesLink(line)).toBe(want));
  it.each([
    ['a year that opens the title, no space', '2006年某市人民政府工作要点'],
    ['a year and a space before words that open no title', '2006年 全市经济运行情况'],
    ['a date', '2005年12月16日 某市人民政府关于某事的通知'],
  ])('must keep: %s', (_name, line) => expect(withoutSeriesLink(line)).toBe(line));
});
