import { describe, expect, it } from 'vitest';
import { removeForumJammer } from '../../src/read/forumJammer.js';

describe('removeForumJammer', () => {
  it.each([
    ['a run glued before a line\'s text', '8 ^/ ?2 @& l5 P某市:某事安排', '某市:某事安排', 1],
    ['a run glued after a title', '关于表彰某某的通报+ k\' a8 Z1 O/ H', '关于表彰某某的通报', 1],
    ['a run after a number, two spaces inside', '某政发〔2009〕24号 + I/ C  n- @- z) @/ r3 G4 K% m', '某政发〔2009〕24号 ', 1],
    ['a run on a line of its own, the line end kept', '各区人民政府:\n+ X$ @4 f/ G" I\n为做好某事', '各区人民政府:\n\n为做好某事', 1],
    ['after a half-width colon, which stays', '各区人民政府: . C% Q\' u. j5 T1 Z\n为做好某事', '各区人民政府:\n为做好某事', 1],
    ['glued to a half-width colon, which stays', '各区人民政府:2 G2 m5 |7 I8 U* `+ l, n\n为做好某事', '各区人民政府:\n为做好某事', 1],
    ['in a saved page\'s markup', '<p>8 ^/ ?2 @& l5 P某市:某事安排</p><p>+ X$ @4 f/ G" I</p>', '<p>某市:某事安排</p><p></p>', 2],
    ['after a sentence, before a signature', '特此通知。. J8 O& X, _) h/ j( H\n某市人民政府', '特此通知。\n某市人民政府', 1],
  ])('%s', (_name, text, want, removed) => expect(removeForumJammer(text)).toEqual({ text: want, removed }));
  it.each([
    ['a markdown table row', '| 1 | 2 | 3 | 4 | 5 |'],
    ['an enumeration', '选项 A. B. C. D. E. 任选其一'],
    ['a sum', '其中 a + b = c ; d 为常数'],
    ['four pieces only', '某市 X$ @4 f/ G" 某事'],
    ['paper sizes', '纸张 A3 A4 B4 B5 C5 DL 等规格'],
    ['an enumeration after a mark typed in English', 'e.g. a) b) c) d)'],
    ['pieces glued to an ASCII word', 'Version2 ^/ ?2 @& l5 P3release'],
    ['numbers of a table, spaced', '12 34 56 78 90 11'],
    ['markup', '<p> <b> </b> <i> </i> </p>'],
  ])('must not remove: %s', (_name, text) => expect(removeForumJammer(text)).toEqual({ text, removed: 0 }));
});
