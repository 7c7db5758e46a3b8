import { describe, expect, it } from 'vitest';
import { isMaskedDateLine } from '../../src/text/maskedDate.js';

describe('isMaskedDateLine', () => {
  it.each([
    ['x年2月3日'], // the year masked
    ['20xx年4月21日'], // the year's last figures
    ['××××年××月××日'],
    ['20××年×月×日'],
    ['二0一*年十一月二十五日'], // a numeral masked by an asterisk
    ['某年某月某日'],
    ['  X年X月X日  '], // layout spaces around
  ])('fires: %s', (t) => expect(isMaskedDateLine(t)).toBe(true));
  it.each([
    ['2024年2月3日'], // a date with nothing masked
    ['二〇一五年六月三日'],
    ['年 月 日'], // a form's blank date: no mask, filled in by hand
    ['x年2月3日起施行'], // more than the date
    ['xx市公安局'], // a masked name, no date
    ['自20xx年起每年4月1日'],
  ])('must not fire: %s', (t) => expect(isMaskedDateLine(t)).toBe(false));
});
