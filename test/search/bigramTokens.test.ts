import { describe, expect, it } from 'vitest';
import { bigramIndexText, bigramPhrase, hanCharSet, hasUntokenized, singleHanChar } from '../../src/search/bigramTokens.js';

describe('bigramIndexText', () => {
  it.each([
    ['营商环境', '营商 商环 环境 境'],
    ['年', '年'],
    ['２０２２年度', '2022 年度 度'], // NFKC: full-width digits
    ['某市政发〔2021〕27号', '某市 市政 政发 发 2021 27 号'],
    ['GDP增长', 'gdp 增长 长'],
    ['营商\n环境', '营商 商环 环境 境'], // a line break inside a word is not a boundary
    ['，。、', ''],
  ])('%s → %s', (text, tokens) => expect(bigramIndexText(text)).toBe(tokens));
});

describe('bigramPhrase', () => {
  it.each([
    ['营商环境', '"营商 商环 环境"'],
    ['营商环', '"营商 商环"'], // the last bigram covers the last character
    ['年', '"年"*'], // one character: any token starting with it (年度, or 年 ending a run)
    ['27号', '"27 号"*'],
    ['号2021', '"号 2021"*'], // a run ending inside the word ends in the text too
    ['环境2022年', '"环境 境 2022 年"*'],
    ['2022', '"2022"*'],
    ['、', null],
  ])('%s → %s', (word, expr) => expect(bigramPhrase(word)).toBe(expr));
});

describe('hasUntokenized', () => {
  it.each([
    ['营商环境', false],
    ['营商 环境', false],
    ['一、总则', true],
    ['2022-03', true],
  ])('%s → %s', (word, yes) => expect(hasUntokenized(word)).toBe(yes));
});

describe('hanCharSet', () => {
  it.each([
    ['营商环境', '营 商 环 境'],
    ['年年有余，年', '年 有 余'], // each character once, in order of first appearance
    ['2022年GDP', '年'], // letters and digits are not in the set
    ['，。、 abc 123', ''],
    ['⼈民', '人 民'], // NFKC: the Kangxi radical ⼈ is 人
  ])('%s → %s', (text, set) => expect(hanCharSet(text)).toBe(set));
});

describe('singleHanChar', () => {
  it.each([
    ['年', '年'],
    [' 年 ', '年'], // whitespace is not part of a word
    ['⼈', '人'],
    // must not fire: two characters, a character with a digit or punctuation, letters, digits, nothing
    ['年度', null],
    ['年1', null],
    ['号。', null],
    ['a', null],
    ['5', null],
    ['', null],
  ])('%s → %s', (word, c) => expect(singleHanChar(word)).toBe(c));
});
