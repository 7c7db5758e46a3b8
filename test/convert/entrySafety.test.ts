import { describe, expect, it } from 'vitest';
import { bombCheck, decodeEntryName, unsafeEntryName, DEFAULT_LIMITS } from '../../src/convert/entrySafety.js';

describe('unsafeEntryName', () => {
  it.each([
    ['2023/第3期.txt', null],
    ['a/b/../c.txt', null],
  ])('%s is fine', (name, expected) => {
    // a/b/../c.txt stays inside the archive only if resolved; we refuse every ".." segment
    if (name.includes('..')) expect(unsafeEntryName(name)).not.toBeNull();
    else expect(unsafeEntryName(name)).toBe(expected);
  });
  it.each([['../../etc/passwd'], ['/abs/path.txt'], ['C:\\windows\\x.txt'], ['a\\..\\..\\x.txt'], ['']])('%s is refused', (name) => {
    expect(unsafeEntryName(name)).not.toBeNull();
  });
});

describe('bombCheck', () => {
  it('accepts ordinary text compression', () => expect(bombCheck(2_000_000, 400_000, DEFAULT_LIMITS)).toBeNull());
  it('refuses a huge ratio', () => expect(bombCheck(500_000_000, 100_000, { maxEntryBytes: 1e12, maxRatio: 200 })).toMatch(/compression ratio 5000:1/));
  it('refuses an entry over the size limit', () => expect(bombCheck(300 * 1048576, null, DEFAULT_LIMITS)).toMatch(/exceeds the 200 MB limit/));
  it('small entries may compress well', () => expect(bombCheck(500_000, 100, DEFAULT_LIMITS)).toBeNull());
});

describe('decodeEntryName', () => {
  it('decodes GBK names from Chinese Windows zips', () => {
    const gbk = Uint8Array.from([0xb9, 0xab, 0xb1, 0xa8, 0x2e, 0x74, 0x78, 0x74]); // 公报.txt
    expect(decodeEntryName(gbk, false)).toBe('公报.txt');
  });
  it('uses UTF-8 when flagged or valid', () => {
    expect(decodeEntryName(new TextEncoder().encode('公报.txt'), false)).toBe('公报.txt');
    expect(decodeEntryName(new TextEncoder().encode('公报.txt'), true)).toBe('公报.txt');
  });
});
