import { describe, expect, it } from 'vitest';
import { labelBeforeTitleAt, splitLabelsBeforeTitles } from '../../src/blocks/labelBeforeTitle.js';
import { linesOf } from '../helpers/lines.js';

describe('labelBeforeTitleAt', () => {
  it.each([
    ['an exam page\'s label', '问题                         ××省人民政府关于表彰某某模范个人的决定', '问题                         '.length],
    ['a listing\'s label, indented', '  正文      关于做好某事工作的通知', '  正文      '.length],
    ['an ideographic gap', '题目\u3000\u3000\u3000\u3000某市人民政府关于某事的意见', 6],
  ])('%s', (_name, text, at) => expect(labelBeforeTitleAt(text)).toBe(at));
  it.each([
    ['an issuer spaced off its title', '某市人民政府      关于某事的通知'],
    ['a narrow gap', '问题  某省人民政府关于某事的决定'],
    ['no whole title after the gap', '问题      关于某事的情况说明如下，请研究。'],
    ['a sentence before the gap', '经研究，      关于某事的通知'],
    ['a long piece before the gap', '某某某某某某某某某某      关于某事的通知'],
    ['a title alone', '某省人民政府关于表彰某某模范个人的决定'],
  ])('must not fire: %s', (_name, text) => expect(labelBeforeTitleAt(text)).toBeNull());
});

describe('splitLabelsBeforeTitles', () => {
  it('cuts the line into the label and the title', () => {
    const lines = splitLabelsBeforeTitles(linesOf('问题      某省人民政府关于表彰某某模范个人的决定\n某政发〔2015〕63号'));
    expect(lines.map((l) => l.text)).toEqual(['问题', '某省人民政府关于表彰某某模范个人的决定', '某政发〔2015〕63号']);
  });
});
