import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/displayWidth.js';

describe('displayWidth', () => {
  it.each([
    ['某市人民政府', 12],
    ['ＧＤＰ增长５％', 14], // full-width Latin and digits
    ['“双创”升级版—…', 18], // nine characters, the quotes, dash and ellipsis set wide as in Chinese text
    ['abc 123', 7],
    ['e\u0301', 1], // a combining accent takes no column
    ['𠀀𠀁', 4], // ideographs outside the BMP: one character each, two columns
    ['  某市  ', 4], // spaces around are not counted
    ['', 0],
  ])('%s → %i', (s, w) => expect(displayWidth(s)).toBe(w));
});
