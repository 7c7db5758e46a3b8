/** Decode the bytes of a gazette file: UTF-8 (with or without BOM), UTF-16 LE/BE, GB18030/GBK. */
import { plausibility, PLAUSIBLE } from './plausibility.js';
import { decodeLines, type InvalidBytes } from './decodeLines.js';

export { plausibility } from './plausibility.js';

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Bad byte runs decoded as U+FFFD (absent when there are none). */
  invalid?: InvalidBytes[];
  /** Characters that stand for bad bytes. */
  replaced?: number;
  /** Where lines in the other byte encoding start (a GBK file with a UTF-8 line), absent when none. */
  otherEncodingAt?: number[];
}

/** The most replacement characters a decoding may hold, as a share of its text, before the file is refused. */
const MAX_REPLACED = 0.1;

/** True when the bytes look like a binary file (NUL bytes or many control characters) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

interface Candidate {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes to skip (a byte-order mark). */
  skip: number;
}

/** The byte-order mark the bytes open with: its encoding and length, or null. */
function byteOrderMark(bytes: Uint8Array): Candidate | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * Whole-file decodings to try, most likely first: the byte-order mark's, then UTF-8, UTF-16 LE/BE. GB18030 is not
 * among them: it reads almost any bytes, so it is read line by line (decodeLines).
 */
function candidates(bytes: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const bom = byteOrderMark(bytes);
  if (bom) out.push(bom);
  // a stray UTF-16 mark before UTF-8 text
  if (bom && bom.encoding !== 'utf-8') out.push({ encoding: 'utf-8', skip: 2 });
  out.push({ encoding: 'utf-8', skip: 0 });
  if (bytes.length % 2 === 0) out.push({ encoding: 'utf-16le', skip: 0 }, { encoding: 'utf-16be', skip: 0 });
  return out;
}

/**
 * Decode bytes to text by trying each candidate encoding and keeping the first whose text is plausible (not by
 * the first bytes alone: a stray FF FE before UTF-8, or UTF-16 without a byte-order mark, decode right).
 * GB18030 reads almost any bytes, so a file taken as GB18030 is read line by line (a UTF-8 line in it is read
 * as UTF-8); bytes valid in no encoding are read line by line with U+FFFD where they are bad, and reported.
 * Throws DecodeError when the bytes are binary or mostly not text in any supported encoding.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  for (const c of candidates(bytes)) {
    const text = tryDecode(bytes.subarray(c.skip), c.encoding);
    if (text !== null && plausibility(text) >= PLAUSIBLE) return { text, encoding: c.encoding };
  }
  // UTF-16 with a byte-order mark and a few bad units (or a cut last byte): its NULs are not binary
  const bom = byteOrderMark(bytes);
  if (bom && bom.encoding !== 'utf-8') {
    const decoded = decodeUtf16(bytes, bom.encoding);
    if (acceptable(decoded)) return decoded;
  }
  if (looksBinary(bytes)) throw new DecodeError('looks like a binary file, not text');
  const decoded = decodeByLine(bytes);
  if (acceptable(decoded)) return decoded;
  throw new DecodeError('is not valid UTF-8, UTF-16 or GB18030 text');
}

/** Text that reads as text, with few replacement characters. */
function acceptable(decoded: Decoded): boolean {
  return plausibility(decoded.text) >= PLAUSIBLE && (decoded.replaced ?? 0) <= MAX_REPLACED * decoded.text.length;
}

function decodeByLine(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  const skip = bom?.encoding === 'utf-8' ? bom.skip : 0;
  const d = decodeLines(bytes.subarray(skip), skip);
  const out: Decoded = { text: d.text, encoding: d.encoding };
  if (d.invalid.length) {
    out.invalid = d.invalid;
    out.replaced = d.replaced;
  }
  if (d.otherEncodingAt.length) out.otherEncodingAt = d.otherEncodingAt;
  return out;
}

/** UTF-16 after its byte-order mark, with U+FFFD for unpaired surrogates and a cut last byte. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const even = bytes.length - (bytes.length % 2);
  let text = new TextDecoder(encoding).decode(bytes.subarray(2, even));
  if (even < bytes.length) text += '\uFFFD';
  const invalid: InvalidBytes[] = [];
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalid.push({ byteOffset: Math.min(2 + i * 2, bytes.length - 1), charOffset: i });
  return invalid.length ? { text, encoding, invalid, replaced: invalid.length } : { text, encoding };
}
