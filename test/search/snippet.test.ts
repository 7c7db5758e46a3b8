import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/search/snippet.js';

const 甲 = (n: number) => '甲'.repeat(n);
const 乙 = (n: number) => '乙'.repeat(n);

describe('makeSnippet', () => {
  it.each([
    // short text: the word marked where it is
    ['short', '营商环境持续优化', ['营商环境'], { text: '营商环境持续优化', marks: [[0, 4]] }],
    // long text, word in the middle: a third of the width before it, ellipses on both sides
    ['middle of a long text', 甲(700) + '营商环境' + 乙(300), ['营商环境'], { text: '…' + 甲(20) + '营商环境' + 乙(36) + '…', marks: [[21, 25]] }],
    // near the end: no ellipsis after
    ['end of a long text', 甲(1000) + '营商环境' + 乙(10), ['营商环境'], { text: '…' + 甲(20) + '营商环境' + 乙(10), marks: [[21, 25]] }],
    // near the start of a long text: no ellipsis before
    ['start of a long text', 甲(5) + '营商环境' + 乙(1000), ['营商环境'], { text: 甲(5) + '营商环境' + 乙(51) + '…', marks: [[5, 9]] }],
    // a word that matches only after NFKC and lower case (ＧＤＰ): found, and shown as the source has it
    ['fullwidth letters', 甲(500) + 'ＧＤＰ' + 乙(500), ['gdp'], { text: '…' + 甲(20) + 'ＧＤＰ' + 乙(37) + '…', marks: [[21, 24]] }],
    // the source's punctuation stays: a quote copied from the snippet is found in the text
    ['full-width punctuation', '各区：（一）营商环境，审批；', ['营商环境'], { text: '各区：（一）营商环境，审批；', marks: [[6, 10]] }],
    // a character NFKC expands (㈠ → (一)): the mark covers the source character
    ['an expanding character', '甲㈠营商', ['(一)营商'], { text: '甲㈠营商', marks: [[1, 4]] }],
    // the earliest of several words
    ['two words', 甲(300) + '审批' + 乙(300) + '营商环境' + 乙(300), ['营商环境', '审批'], { text: '…' + 甲(20) + '审批' + 乙(38) + '…', marks: [[21, 23]] }],
    // must not mark: no word given, or a word the text does not hold
    ['no words', 甲(100), [], { text: 甲(60) + '…', marks: [] }],
    ['absent word', 甲(100), ['营商环境'], { text: 甲(60) + '…', marks: [] }],
  ] as const)('%s', (_name, source, words, want) => {
    expect(makeSnippet(source, [...words])).toEqual(want);
  });
});
