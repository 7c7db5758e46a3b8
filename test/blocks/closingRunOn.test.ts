import { describe, expect, it } from 'vitest';
import { closingRunOnBreaks, splitClosingRunOns } from '../../src/blocks/closingRunOn.js';
import { linesOf } from '../helpers/lines.js';

describe('closingRunOnBreaks', () => {
  it('cuts the formula, the organ, the date and what follows', () => {
    const t = '举报电话:1234567特此通告某市某区人民政府2023年5月22日附件:扫一扫在手机打开当前页。';
    const organ = t.indexOf('某市某区');
    const date = t.indexOf('2023');
    expect(closingRunOnBreaks(t)).toEqual([organ, date, date + '2023年5月22日'.length]);
  });
  it('a formula with its stop, nothing after the date', () => {
    const t = '请遵照执行。特此通知。某县人民政府办公室二〇二三年五月二日';
    expect(closingRunOnBreaks(t)).toEqual([t.indexOf('某县'), t.indexOf('二〇')]);
  });
  it.each([
    ['the formula at the line end', '违者依法处理。特此通告'],
    ['a sentence after the formula, no organ', '特此通告，请各单位于2023年5月22日前报送。'],
    ['an organ but no date after it', '特此通告某市某区人民政府'],
  ])('must not fire: %s', (_name, t) => expect(closingRunOnBreaks(t)).toEqual([]));
});

describe('splitClosingRunOns', () => {
  it('gives the signature its lines', () => {
    const lines = splitClosingRunOns(linesOf('违者依法处理特此通告某市某区人民政府2023年5月22日'));
    expect(lines.map((l) => l.text)).toEqual(['违者依法处理特此通告', '某市某区人民政府', '2023年5月22日']);
  });
});
