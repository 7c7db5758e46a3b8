/**
 * Stream the entries of .zip, .tar and .tar.gz/.tgz archives without unpacking them to disk. Unsafe
 * entries (zip-slip, links, bombs) come out as refused entries with a reason; a corrupt archive ends
 * with an error for the archive itself.
 */
import { isProjectNote, PROJECT_NOTE_REASON } from '../util/projectNote.js';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';
import tarStream from 'tar-stream';
import { bombCheck, decodeEntryName, unsafeEntryName, type ArchiveLimits } from './entrySafety.js';

export type ArchiveKind = 'zip' | 'tar' | 'tgz';

export type ArchiveEntry =
  | { name: string; bytes: Uint8Array; refused?: undefined; skipped?: undefined }
  | { name: string; refused: string; bytes?: undefined; skipped?: undefined }
  | { name: string; skipped: string; bytes?: undefined; refused?: undefined };

/** The last part of an entry's name. */
const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

/** Reason for entries that --include/--exclude leave out: they are skipped before any check or read. */
export const NOT_INCLUDED = 'not a gazette text file (see --include)';

/** An entry name as a clean relative path: `./sub//a.txt` → `sub/a.txt`. */
export function normaliseEntryName(name: string): string {
  return name.replace(/\\/g, '/').split('/').filter((seg) => seg !== '' && seg !== '.').join('/');
}

export function archiveKind(path: string): ArchiveKind | null {
  const p = path.toLowerCase();
  if (p.endsWith('.zip')) return 'zip';
  if (p.endsWith('.tar')) return 'tar';
  if (p.endsWith('.tar.gz') || p.endsWith('.tgz')) return 'tgz';
  return null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('cannot open zip')) : resolve(zip)));
  });
}

function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('cannot read entry'));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (c: Buffer) => {
        total += c.length;
        if (total > limit) {
          stream.destroy(new Error('entry grows past its size limit'));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

async function* zipEntries(path: string, limits: ArchiveLimits, accept: (name: string) => boolean): AsyncGenerator<ArchiveEntry> {
  const zip = await openZip(path);
  const queue: (yauzl.Entry | null | Error)[] = [];
  let wake: (() => void) | null = null;
  const push = (x: yauzl.Entry | null | Error) => {
    queue.push(x);
    wake?.();
  };
  zip.on('entry', (e: yauzl.Entry) => push(e));
  zip.on('end', () => push(null));
  zip.on('error', (e: Error) => push(e));
  zip.readEntry();
  for (;;) {
    if (!queue.length) await new Promise<void>((r) => (wake = r));
    wake = null;
    const item = queue.shift()!;
    if (item === null) return;
    if (item instanceof Error) throw item;
    const rawName = item.fileName as unknown as Buffer;
    const decoded = decodeEntryName(rawName, (item.generalPurposeBitFlag & 0x800) !== 0);
    const isDir = decoded.endsWith('/');
    const name = unsafeEntryName(decoded) ? decoded : normaliseEntryName(decoded);
    const mode = (item.externalFileAttributes >>> 16) & S_IFMT;
    // a name that escapes the archive is refused as such, whatever --include says of it
    const escapes = isDir ? null : unsafeEntryName(name);
    if (escapes) yield { name, refused: escapes };
    else if (!isDir && !accept(name)) yield { name, skipped: NOT_INCLUDED };
    else if (!isDir && isProjectNote(baseName(name))) yield { name, skipped: PROJECT_NOTE_REASON };
    else if (!isDir) {
      const unsafe = (mode === S_IFLNK ? 'symbolic link refused' : null) ?? bombCheck(item.uncompressedSize, item.compressedSize, limits);
      if (unsafe) yield { name, refused: unsafe };
      else {
        let bytes: Uint8Array | null = null;
        let error: string | null = null;
        try {
          bytes = await readZipEntry(zip, item, Math.min(limits.maxEntryBytes, item.uncompressedSize));
        } catch (err) {
          error = `cannot read entry: ${(err as Error).message}`;
        }
        yield bytes ? { name, bytes } : { name, refused: error! };
      }
    }
    zip.readEntry();
  }
}

/** Why a tar entry of a type other than a file is refused, naming the type (a GNU sparse file has none here). */
function entryTypeRefused(type: string | null): string {
  if (!type) return 'an entry of a type this reader does not take (a GNU sparse file?): extract the archive with tar, then convert the folder';
  return `entry type ${type} refused`;
}

async function* tarEntries(path: string, gz: boolean, limits: ArchiveLimits, accept: (name: string) => boolean): AsyncGenerator<ArchiveEntry> {
  const extract = tarStream.extract();
  const file = createReadStream(path);
  let compressedRead = 0;
  file.on('data', (c) => (compressedRead += c.length));
  const source = gz ? file.pipe(createGunzip()) : file;
  source.on('error', (err: Error) => extract.destroy(err));
  source.pipe(extract);
  for await (const entry of extract) {
    const h = entry.header;
    const name = unsafeEntryName(h.name) ? h.name : normaliseEntryName(h.name);
    const size = h.size ?? 0;
    if (h.type === 'directory') {
      entry.resume();
      continue;
    }
    // a name that escapes the archive is refused as such, whatever --include says of it
    let refused = unsafeEntryName(h.name);
    if (!refused && !accept(name)) {
      entry.resume();
      yield { name, skipped: NOT_INCLUDED };
      continue;
    }
    // an archive's own README or LICENSE is not a gazette, as in a folder
    if (!refused && isProjectNote(baseName(name))) {
      entry.resume();
      yield { name, skipped: PROJECT_NOTE_REASON };
      continue;
    }
    refused ??= h.type === 'symlink' || h.type === 'link' ? 'link refused' : h.type !== 'file' && h.type !== 'contiguous-file' ? entryTypeRefused(h.type) : null;
    refused ??= bombCheck(size, null, limits);
    if (refused) {
      entry.resume();
      yield { name, refused };
      continue;
    }
    // ratio of this entry alone: its bytes against the compressed bytes read while it streamed
    const compressedAtStart = compressedRead;
    const chunks: Buffer[] = [];
    let got = 0;
    // (a refused entry is drained, not abandoned: leaving the stream mid-entry would stall the archive)
    for await (const c of entry) {
      got += (c as Buffer).length;
      const compressed = Math.max(1, compressedRead - compressedAtStart);
      if (!refused && gz && got > 1024 * 1024 && got / compressed > limits.maxRatio) {
        refused = `compression ratio ${Math.round(got / compressed)}:1 exceeds ${limits.maxRatio}:1 (decompression bomb? raise it with --max-ratio)`;
        chunks.length = 0;
      }
      if (!refused) chunks.push(c as Buffer);
    }
    if (refused) {
      yield { name, refused };
      continue;
    }
    yield { name, bytes: Buffer.concat(chunks) };
  }
}

export function archiveEntries(path: string, kind: ArchiveKind, limits: ArchiveLimits, accept: (name: string) => boolean = () => true): AsyncGenerator<ArchiveEntry> {
  return kind === 'zip' ? zipEntries(path, limits, accept) : tarEntries(path, kind === 'tgz', limits, accept);
}
