import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../../src/text/invisible.js';

describe('removeInvisible', () => {
  it.each([
    ['zero-width space inside a number', '某政发〔2023〕\u200b9号', '某政发〔2023〕9号'],
    ['joiners and word joiner', '某\u200c市\u200d人民\u2060政府', '某市人民政府'],
    ['soft hyphen', '关于\u00ad印发', '关于印发'],
    ['a byte order mark inside the text', '第一条\ufeff 为了', '第一条 为了'],
    ['bidi marks and isolates', '\u202a2023年1月5日\u202c\u200e', '2023年1月5日'],
  ])('%s', (_name, input, expected) => expect(removeInvisible(input)).toBe(expected));
  it.each([
    ['ideographic space is layout, not invisible', '某市\u3000人民政府'],
    ['no-break space is a space', '第一条\u00a0为了'],
    ['plain text', '某某省人民政府关于某事的通知'],
  ])('must not fire: %s', (_name, input) => expect(removeInvisible(input)).toBe(input));
});
