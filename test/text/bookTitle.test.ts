import { describe, expect, it } from 'vitest';
import { isBookTitle } from '../../src/text/bookTitle.js';

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
