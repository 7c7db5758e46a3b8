/**
 * Decoding line by line, for bytes that are not one encoding throughout: a GBK file with a line pasted in
 * UTF-8, a UTF-8 file with one damaged sequence or a cut last byte. Each line (bytes up to LF, which neither
 * UTF-8 nor GB18030 uses inside a character) is read as UTF-8 when it is valid UTF-8, else as GB18030 when that
 * gives plausible text, else in the file's main encoding with U+FFFD for the bad bytes, which are reported.
 */
import { plausibility, PLAUSIBLE } from './plausibility.js';

export type ByteEncoding = 'utf-8' | 'gb18030';

/** A run of bytes no supported encoding reads, replaced by U+FFFD. */
export interface InvalidBytes {
  /** Offset in the file of the first bad byte. */
  byteOffset: number;
  /** Offset in the decoded text of its replacement character. */
  charOffset: number;
}

export interface LineDecoded {
  text: string;
  encoding: ByteEncoding;
  /** Offsets in the decoded text of lines read in the other encoding. */
  otherEncodingAt: number[];
  invalid: InvalidBytes[];
  /** Characters that stand for bad bytes. */
  replaced: number;
}

const strict = { 'utf-8': new TextDecoder('utf-8', { fatal: true }), gb18030: new TextDecoder('gb18030', { fatal: true }) };
const lenient = { 'utf-8': new TextDecoder('utf-8'), gb18030: new TextDecoder('gb18030') };

/** The text of bytes in an encoding when they are valid and plausible, else null. */
function readAs(bytes: Uint8Array, encoding: ByteEncoding): string | null {
  try {
    const text = strict[encoding].decode(bytes);
    return plausibility(text) >= PLAUSIBLE ? text : null;
  } catch {
    return null;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // overlong three-byte forms and encoded surrogates (ED A0..BF) are invalid
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return i;
    if (b === 0xed && bytes[i + 1] >= 0xa0) return i;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1] >= 0x90) return i;
    i += need + 1;
  }
  return -1;
}

/** Byte ranges of the lines (each with its LF). */
function lineRanges(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (start < bytes.length) out.push([start, bytes.length]);
  return out;
}

/** Non-ASCII characters a line read in GB18030 inside a UTF-8 file needs: two bytes of a cut UTF-8 character read as one. */
const MIN_OTHER_CHARS = 4;

function nonAsciiCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

export function decodeLines(bytes: Uint8Array, offset = 0): LineDecoded {
  const ranges = lineRanges(bytes);
  // A line valid as UTF-8 is UTF-8: GBK text of Chinese is almost never valid UTF-8, while UTF-8 text is most
  // often valid GB18030. The main encoding is GB18030 when more lines read only as GB18030 than as UTF-8.
  let utf8Lines = 0;
  let gbOnly = 0;
  const readings: (string | null)[] = [];
  // a line's GB18030 reading, made once (only lines that are not UTF-8 need it)
  const gbReadings: (string | null)[] = [];
  for (const [s, e] of ranges) {
    const line = bytes.subarray(s, e);
    if (isAscii(line)) {
      readings.push(lenient['utf-8'].decode(line));
      gbReadings.push(null);
      continue;
    }
    const u = readAs(line, 'utf-8');
    const g = u === null ? readAs(line, 'gb18030') : null;
    readings.push(u);
    gbReadings.push(g);
    if (u !== null) utf8Lines++;
    else if (g !== null) gbOnly++;
  }
  const main: ByteEncoding = gbOnly > utf8Lines ? 'gb18030' : 'utf-8';
  const parts: string[] = [];
  let length = 0;
  const otherEncodingAt: number[] = [];
  const invalid: InvalidBytes[] = [];
  let replaced = 0;
  ranges.forEach(([s, e], k) => {
    const line = bytes.subarray(s, e);
    let text = readings[k];
    if (text !== null && main === 'gb18030' && !isAscii(line)) otherEncodingAt.push(length);
    if (text === null) {
      const gb = gbReadings[k];
      if (gb !== null && (main === 'gb18030' || nonAsciiCount(gb) >= MIN_OTHER_CHARS)) {
        text = gb;
        if (main === 'utf-8') otherEncodingAt.push(length);
      }
    }
    if (text === null) {
      text = lenient[main].decode(line);
      const bad = main === 'utf-8' ? Math.max(0, firstInvalidUtf8(line)) : 0;
      const at = text.indexOf('\uFFFD');
      invalid.push({ byteOffset: offset + s + bad, charOffset: length + Math.max(0, at) });
      for (let i = at; i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    }
    parts.push(text);
    length += text.length;
  });
  return { text: parts.join(''), encoding: main, otherEncodingAt, invalid, replaced };
}
