import { describe, expect, it } from 'vitest';
import { splitTitlesBeforeRecipients, titleBeforeRecipientsAt } from '../../src/blocks/titleBeforeRecipients.js';
import { linesOf } from '../helpers/lines.js';

describe('titleBeforeRecipientsAt', () => {
  it.each([
    ['an organ\'s title', '某某省人民政府关于表彰某某工作先进单位的通报各市人民政府,各县(市、区)人民政府,省政府各部门:', '某某省人民政府关于表彰某某工作先进单位的通报'],
    ['a 关于 title', '关于处理某公司某某问题的通报局直属各科室、公司,客运、货运站:', '关于处理某公司某某问题的通报'],
    ['a title with a list in it', '某市人民政府关于表彰张某、李某等同志的决定各区人民政府，市政府各部门：', '某市人民政府关于表彰张某、李某等同志的决定'],
    ['the body run on after the list', '关于做好某事工作的通知各区人民政府：为做好某事工作，现通知如下。', '关于做好某事工作的通知'],
  ])('%s', (_name, text, title) => expect(text.slice(0, titleBeforeRecipientsAt(text) ?? 0)).toBe(title));
  it.each([
    ['a sentence citing a title', '根据省政府关于做好某事工作的通知,各区人民政府:'],
    ['a title alone', '某市人民政府关于做好某事工作的通知'],
    ['a title over a clause that is no addressee list', '关于做好某事工作的通知要求如下:'],
    ['a title followed by a field', '关于做好某事工作的通知发布时间:2023-01-05'],
  ])('must not cut: %s', (_name, text) => expect(titleBeforeRecipientsAt(text)).toBeNull());
});

describe('splitTitlesBeforeRecipients', () => {
  it('cuts the line into the title and the 主送, each keeping its source line', () => {
    const lines = splitTitlesBeforeRecipients(linesOf('[例文1]\n关于处理某公司某某问题的通报局直属各科室、公司:\n某公司某某,利用职权索要钱物。'));
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, '[例文1]'], [2, '关于处理某公司某某问题的通报'], [2, '局直属各科室、公司:'], [3, '某公司某某,利用职权索要钱物。']]);
  });
});
