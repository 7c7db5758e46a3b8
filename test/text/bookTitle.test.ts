import { describe, expect, it } from 'vitest';
import { endsNamingText, isBookTitle, withoutBookMarks } from '../../src/text/bookTitle.js';

describe('isBookTitle', () => {
  it.each([
    ['《某市某某管理办法》', true],
    ['  《某市某某管理办法》 ', true],
    // must not fire: a title printed bare, a sentence that names a text, two names, nested brackets
    ['某市某某管理办法', false],
    ['《某市某某管理办法》已经市政府同意', false],
    ['《某市甲办法》《某市乙办法》', false],
    ['《关于〈某法〉的决定》', true],
    ['《某法《修正》》', false],
  ])('%s → %s', (text, want) => expect(isBookTitle(text)).toBe(want));
});

describe('withoutBookMarks', () => {
  it.each([
    ['《某市人民政府关于某事的通知》', '某市人民政府关于某事的通知'],
    ['《关于〈某法〉的决定》', '关于〈某法〉的决定'],
    // must not fire: a title that names a text in brackets, two names
    ['关于印发《某市某事办法》的通知', '关于印发《某市某事办法》的通知'],
    ['《某市甲办法》《某市乙办法》', '《某市甲办法》《某市乙办法》'],
  ])('%s → %s', (text, want) => expect(withoutBookMarks(text)).toBe(want));
});

describe('endsNamingText', () => {
  it.each([['某市印发《关于某事的实施意见》和《关于某事的实施方案》'], ['关于修改《中华人民共和国某某法》']])('%s', (t) => expect(endsNamingText(t)).toBe(true));
  it.each([['《某市人民政府关于某事的通知》'], ['某市人民政府关于印发《某某办法》的通知'], ['某某条例']])('must not: %s', (t) => expect(endsNamingText(t)).toBe(false));
});
