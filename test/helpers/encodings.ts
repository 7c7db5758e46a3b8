/**
 * Encoders the platform lacks, for test inputs: GBK from the decoder's own table (every two-byte code decoded
 * once, the map reversed), UTF-16 from code units.
 */
let gbkTable: Map<string, number[]> | null = null;

export function encodeGbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk', { fatal: true });
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        try {
          const ch = dec.decode(Uint8Array.from([a, b]));
          if (!gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
        } catch {
          /* not a character */
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(bytes[0], bytes[1]);
    }
  }
  return Uint8Array.from(out);
}

export function encodeUtf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
