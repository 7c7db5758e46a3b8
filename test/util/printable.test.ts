import { describe, expect, it } from 'vitest';
import { printable } from '../../src/util/printable.js';

describe('printable', () => {
  it.each([
    ['an escape sequence', '\u001b[2J某政发', '\\x1b[2J某政发'],
    ['a line end inside an id', 'a\nb', 'a\\x0ab'],
    ['DEL and a C1 control', 'x\u007fy\u009bz', 'x\\x7fy\\x9bz'],
  ])('%s', (_name, input, expected) => expect(printable(input)).toBe(expected));
  it.each([['某政发〔2023〕1号'], ['/tmp/某市 公报.txt'], ['\u3000全角空格']])('must not fire: %s', (s) => expect(printable(s)).toBe(s));
});
