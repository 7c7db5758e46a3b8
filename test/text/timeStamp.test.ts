import { describe, expect, it } from 'vitest';
import { isTimeOfDay, hasTimeStamp, opensWithTimeOfDay, opensWithTimeStamp } from '../../src/text/timeStamp.js';

describe('hasTimeStamp / opensWithTimeStamp', () => {
  it.each([
    ['社会热点2022-10-12 06:32:26未知', true, false],
    ['2023-01-05 10:00 区人民政府办公室', true, true],
    ['  2019/1/14 04:42', true, true],
    // a date written with 年月日, then the time of day
    ['2021年03月11日23:31   来源:某某网   手机看新闻', true, true],
    ['发布时间:2021年3月11日 23:31', true, false],
  ])('%s', (text, has, opens) => expect([hasTimeStamp(text), opensWithTimeStamp(text)]).toEqual([has, opens]));
  it.each([['2023-01-05'], ['关于2022年10月12日某某活动期间交通管制的通告'], ['10:00 开会'], ['2021年3月11日'], ['2021年3月11日第十三届全国人民代表大会第四次会议通过']])('no stamp: %s', (text) => {
    expect(hasTimeStamp(text)).toBe(false);
    expect(opensWithTimeStamp(text)).toBe(false);
  });
});

describe('isTimeOfDay', () => {
  it.each([['17:08'], [' 10:00:12 ']])('%s', (text) => expect(isTimeOfDay(text)).toBe(true));
  it.each([['10:00 开会'], ['2023-01-05 10:00'], ['3:2'], ['1.5']])('must not: %s', (text) => expect(isTimeOfDay(text)).toBe(false));
});

describe('opensWithTimeOfDay', () => {
  it.each([['06:35:24文/某某网'], ['17:08 来源：某某办公室']])('%s', (text) => expect(opensWithTimeOfDay(text)).toBe(true));
  it.each([['2023-01-05 10:00'], ['1:2000比例尺'], ['12:30:45:10'], ['时间10:00']])('must not: %s', (text) => expect(opensWithTimeOfDay(text)).toBe(false));
});
