/** Decode the bytes of a gazette file: UTF-8 (with or without BOM), UTF-16 LE/BE, GB18030/GBK. */

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

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

/** How many characters are scored: enough to tell text from a wrong decoding, cheap on large files. */
const SCORED_CHARS = 65_536;
/** Share of plausible characters a decoding needs to be taken. */
const PLAUSIBLE = 0.85;

/**
 * Share of characters that occur in Chinese official text: CJK ideographs and punctuation, fullwidth forms,
 * ASCII, general punctuation, circled numbers and symbols. A wrong decoding (UTF-8 bytes read as UTF-16,
 * UTF-16 read as GB18030) lands on controls, NULs, Hangul, private use and replacement characters instead.
 */
export function plausibility(text: string): number {
  const n = Math.min(text.length, SCORED_CHARS);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d) good++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) good++;
    else if ((c >= 0x2000 && c <= 0x27bf) || (c >= 0x00a0 && c <= 0x00ff) || (c >= 0x0391 && c <= 0x03c9) || (c >= 0xfe30 && c <= 0xfe4f) || c === 0xfeff) good++;
  }
  return good / n;
}

interface Candidate {
  encoding: Decoded['encoding'];
  /** Bytes to skip (a byte-order mark). */
  skip: number;
}

/** Encodings to try, most likely first: the byte-order mark's, then UTF-8, UTF-16 LE/BE, GB18030. */
function candidates(bytes: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) out.push({ encoding: 'utf-8', skip: 3 });
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) out.push({ encoding: 'utf-16le', skip: 2 }, { encoding: 'utf-8', skip: 2 });
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) out.push({ encoding: 'utf-16be', skip: 2 }, { encoding: 'utf-8', skip: 2 });
  out.push({ encoding: 'utf-8', skip: 0 });
  if (bytes.length % 2 === 0) out.push({ encoding: 'utf-16le', skip: 0 }, { encoding: 'utf-16be', skip: 0 });
  out.push({ encoding: 'gb18030', skip: 0 });
  return out;
}

/**
 * Decode bytes to text by trying each candidate encoding and keeping the first whose text is plausible (not by
 * the first bytes alone: a stray FF FE before UTF-8, or UTF-16 without a byte-order mark, decode right).
 * Throws DecodeError when no supported encoding gives text.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  for (const c of candidates(bytes)) {
    const text = tryDecode(bytes.subarray(c.skip), c.encoding);
    if (text !== null && plausibility(text) >= PLAUSIBLE) return { text, encoding: c.encoding };
  }
  if (looksBinary(bytes)) throw new DecodeError('looks like a binary file, not text');
  throw new DecodeError('is not valid UTF-8, UTF-16 or GB18030 text');
}
