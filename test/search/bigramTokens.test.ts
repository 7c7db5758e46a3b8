import { describe, expect, it } from 'vitest';
import { bigramIndexText, bigramPhrase, hasUntokenized } from '../../src/search/bigramTokens.js';

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
