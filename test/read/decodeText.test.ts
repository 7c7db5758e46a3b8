import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError, looksBinary, plausibility } from '../../src/read/decodeText.js';
import { encodeUtf16 } from '../helpers/encodings.js';

const sample = '晋城市人民政府关于印发某某方案的通知\r\n城政发〔2023〕4号\r\n';

const utf16 = encodeUtf16;

describe('decodeText', () => {
  it('UTF-8', () => expect(decodeText(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' }));
  it('UTF-8 with BOM', () => expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])).text).toBe(sample));
  it('UTF-16LE with BOM', () => expect(decodeText(utf16(sample, true, true))).toEqual({ text: sample, encoding: 'utf-16le' }));
  it('UTF-16BE with BOM', () => expect(decodeText(utf16(sample, false, true))).toEqual({ text: sample, encoding: 'utf-16be' }));
  it('UTF-16LE without BOM (ASCII-heavy)', () => expect(decodeText(utf16('Gazette 2023 No. 4\n第3期\n', true, false)).encoding).toBe('utf-16le'));
  it('GB18030/GBK', () => {
    // 通知 in GBK: CDA8 D6AA; 第3期: B5DA 33 C6DA
    const gbk = Uint8Array.from([0xcd, 0xa8, 0xd6, 0xaa, 0x0a, 0xb5, 0xda, 0x33, 0xc6, 0xda, 0x0a]);
    expect(decodeText(gbk)).toEqual({ text: '通知\n第3期\n', encoding: 'gb18030' });
  });
  it('binary is refused', () => {
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]))).toThrow(DecodeError);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 4, 5, 6]))).toBe(true);
  });
  it('bytes that decode as nothing supported are refused', () => {
    expect(() => decodeText(Uint8Array.from([0x81, 0x20, 0xff, 0xfe, 0x80, 0x20, 0x81]).subarray(0))).toThrow(DecodeError);
  });
});

describe('decodeText by plausibility, not by the first bytes alone', () => {
  const chinese = '某市人民政府关于做好某某工作的通知\n某政发〔2023〕4号\n各区人民政府：\n现将有关事项通知如下。\n';
  it('Chinese UTF-16LE without a BOM', () => expect(decodeText(utf16(chinese, true, false))).toEqual({ text: chinese, encoding: 'utf-16le' }));
  it('Chinese UTF-16BE without a BOM', () => expect(decodeText(utf16(chinese, false, false))).toEqual({ text: chinese, encoding: 'utf-16be' }));
  it('a stray FF FE before UTF-8 text', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...new TextEncoder().encode(chinese)]))).toEqual({ text: chinese, encoding: 'utf-8' });
  });
  it('UTF-16 garbage is not text', () => expect(plausibility(new TextDecoder('utf-16le').decode(new TextEncoder().encode(chinese + 'x')))).toBeLessThan(0.85));
  it.each([[chinese], ['Gazette 2023 No. 4'], ['（一）①●■—…“”《》']])('plausible: %s', (t) => expect(plausibility(t)).toBeGreaterThanOrEqual(0.85));
});

describe('formatMbPair', () => {
  it.each([
    [0.52 * 1048576, 0.3 * 1048576, ['0.5 MB', '0.3 MB']],
    [0.31 * 1048576, 0.3 * 1048576, ['0.3 MB', '0.3 MB'].map((x, i) => (i === 0 ? '0.31 MB' : '0.30 MB'))],
    [200 * 1048576, 64 * 1048576, ['200 MB', '64 MB']],
    [64 * 1048576 + 1, 64 * 1048576, [`${64 * 1048576 + 1} bytes`, `${64 * 1048576} bytes`]],
  ])('%d over %d', async (b, m, expected) => {
    const { formatMbPair } = await import('../../src/read/readLimited.js');
    expect(formatMbPair(b, m)).toEqual(expected);
  });
});
