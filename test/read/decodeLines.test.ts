import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from '../../src/read/decodeText.js';
import { decodeWarnings } from '../../src/read/decodeWarnings.js';
import { firstInvalidUtf8 } from '../../src/read/decodeLines.js';
import { concatBytes, encodeGbk, encodeUtf16, utf8 } from '../helpers/encodings.js';

const lines = ['某市人民政府关于某事的通知', '某政发〔2023〕1号', '各区人民政府：', '现将有关事项通知如下。', '附件：某市人民政府关于某事的通知', '某市人民政府', '2023年1月5日'];
const text = lines.join('\n') + '\n';

describe('a file that is not one encoding throughout', () => {
  it('a GBK file with one UTF-8 line: every line read in its own encoding, and the line named', () => {
    const bytes = concatBytes(lines.map((l, i) => (i === 4 ? utf8(l + '\n') : encodeGbk(l + '\n'))));
    const d = decodeText(bytes);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('gb18030');
    expect(decodeWarnings(d)).toEqual([{ code: 'mixed-encoding', message: expect.stringContaining('line 5 is UTF-8'), line: 5 }]);
  });
  it('a UTF-8 file with one GBK line', () => {
    const bytes = concatBytes(lines.map((l, i) => (i === 2 ? encodeGbk(l + '\n') : utf8(l + '\n'))));
    const d = decodeText(bytes);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-8');
    expect(decodeWarnings(d).map((w) => [w.code, w.line])).toEqual([['mixed-encoding', 3]]);
  });
  it('a plain GBK file decodes without warnings', () => {
    const d = decodeText(encodeGbk(text));
    expect([d.text, d.encoding, decodeWarnings(d)]).toEqual([text, 'gb18030', []]);
  });
});

describe('bad bytes are read as U+FFFD, the rest as it is', () => {
  it('an encoded surrogate pair inside a UTF-8 line', () => {
    const bad = Uint8Array.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
    const head = utf8(lines.slice(0, 3).join('\n') + '\n现将');
    const bytes = concatBytes([head, bad, utf8('有关事项通知如下。\n' + lines.slice(4).join('\n') + '\n')]);
    const d = decodeText(bytes);
    expect(d.text.split('\n')[3]).toMatch(/^现将\uFFFD+有关事项通知如下。$/);
    expect(d.text.split('\n').filter((l, i) => i !== 3)).toEqual(text.split('\n').filter((l, i) => i !== 3));
    const w = decodeWarnings(d);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'invalid-bytes', line: 4 });
    expect(w[0].message).toContain(`offset ${head.length}`);
  });
  it('a UTF-8 file cut inside its last character', () => {
    const bytes = utf8(text + '完');
    const d = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(d.text).toBe(text + '\uFFFD');
    expect(decodeWarnings(d)[0]).toMatchObject({ code: 'invalid-bytes', line: 8 });
  });
  it('a UTF-16 file with an odd byte count keeps its text', () => {
    const bytes = concatBytes([encodeUtf16(text, true, true), Uint8Array.from([0x41])]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe(text + '\uFFFD');
  });
  it('mostly bad bytes are still refused', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x40));
    expect(() => decodeText(concatBytes([utf8('某市\n'), noise]))).toThrow(DecodeError);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', utf8('某市a'), -1],
    ['a lone continuation byte', Uint8Array.from([0x41, 0x80]), 1],
    ['an encoded surrogate', Uint8Array.from([0x41, 0xed, 0xa0, 0x80]), 1],
    ['a cut sequence at the end', Uint8Array.from([0x41, 0xe6, 0x9f]), 1],
    ['an overlong form', Uint8Array.from([0xc0, 0x80]), 0],
  ])('%s', (_name, bytes, expected) => expect(firstInvalidUtf8(bytes)).toBe(expected));
});
