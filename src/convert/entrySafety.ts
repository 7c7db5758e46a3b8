/**
 * Safety rules for archive entries: no path traversal (zip-slip), no absolute paths, no links, and
 * limits against decompression bombs (entry size and compression ratio).
 */

export interface ArchiveLimits {
  /** Largest uncompressed entry accepted, in bytes. */
  maxEntryBytes: number;
  /** Largest uncompressed/compressed ratio accepted for entries above 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = { maxEntryBytes: 200 * 1024 * 1024, maxRatio: 200 };

/** Why an entry name is unsafe, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name === '' || name.includes('\0')) return 'empty or invalid entry name';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) return `absolute path "${name}"`;
  if (n.split('/').some((seg) => seg === '..')) return `path escapes the archive ("${name}")`;
  return null;
}

/** Why an entry's declared sizes are refused, or null. */
export function bombCheck(uncompressed: number, compressed: number | null, limits: ArchiveLimits): string | null {
  if (uncompressed > limits.maxEntryBytes) {
    return `entry of ${(uncompressed / 1048576).toFixed(1)} MB exceeds the ${(limits.maxEntryBytes / 1048576).toFixed(0)} MB limit (raise it with --max-entry-mb)`;
  }
  if (compressed !== null && compressed > 0 && uncompressed > 1024 * 1024 && uncompressed / compressed > limits.maxRatio) {
    return `compression ratio ${Math.round(uncompressed / compressed)}:1 exceeds ${limits.maxRatio}:1 (decompression bomb? raise it with --max-ratio)`;
  }
  return null;
}

/** Decode a zip entry name: UTF-8 when flagged or valid, else GB18030 (zips made on Chinese Windows). */
export function decodeEntryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}
