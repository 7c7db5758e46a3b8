import { describe, expect, it } from 'vitest';
import { lineNumbersAt } from '../../src/text/lineEnds.js';
import { splitLines } from '../../src/blocks/splitLines.js';

describe('splitLines: every Unicode line end', () => {
  it.each([
    ['LF', 'a\nb\n', ['a', 'b']],
    ['CR LF is one end', 'a\r\nb', ['a', 'b']],
    ['CR alone', 'a\rb', ['a', 'b']],
    ['LINE SEPARATOR', 'a\u2028b', ['a', 'b']],
    ['PARAGRAPH SEPARATOR', 'a\u2029b', ['a', 'b']],
    ['NEL', 'a\u0085b', ['a', 'b']],
    ['VT and FF', 'a\vb\fc', ['a', 'b', 'c']],
    ['LF CR is two ends', 'a\n\rb', ['a', '', 'b']],
  ])('%s', (_name, text, expected) => expect(splitLines(text)).toEqual(expected));
  it('must not fire: other separators and spaces are not line ends', () => expect(splitLines('a\u3000b\tc\u00a0d')).toEqual(['a\u3000b\tc\u00a0d']));
});

describe('lineNumbersAt', () => {
  it('counts the same ends as splitLines', () => {
    const text = 'a\r\nb\u2028c\rd\ne';
    expect(lineNumbersAt(text, [0, 3, 5, 7, 9])).toEqual([1, 2, 3, 4, 5]);
  });
});
