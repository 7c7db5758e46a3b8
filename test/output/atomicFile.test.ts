import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTempName, lineWriter, tempPathFor, writeFileAtomic, writeLines } from '../../src/output/atomicFile.js';

describe('writeLines and lineWriter', () => {
  it('writes every line, then renames into place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-lines-'));
    await writeLines(join(dir, 'out.ndjson'), async (write) => {
      for (let i = 0; i < 3; i++) await write(`{"n":${i}}\n`);
    });
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe('{"n":0}\n{"n":1}\n{"n":2}\n');
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    rmSync(dir, { recursive: true, force: true });
  });
  it('a stream error (no such folder) comes back as a rejection, not an unhandled error event, and no file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-lines-'));
    const w = lineWriter(join(dir, 'missing', 'out.ndjson'));
    await expect((async () => {
      await w.write('x\n');
      await new Promise((r) => setTimeout(r, 20));
      await w.close();
    })()).rejects.toThrow(/ENOENT/);
    w.discard();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-atomic-'));
    const path = join(dir, 'out.json');
    writeFileAtomic(path, '{"a":1}\n');
    writeFileAtomic(path, '{"a":2}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":2}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
    rmSync(dir, { recursive: true, force: true });
  });
  it('a write that cannot happen (no such folder) throws and leaves nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-atomic-'));
    expect(() => writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
  it.each([
    ['.out.json.123.abc.tmp', true],
    // must not fire: outputs, and a hidden folder's name
    ['out.json', false],
    ['.cache', false],
    ['out.json.123456', false],
  ])('isTempName(%s) → %s', (name, want) => expect(isTempName(name)).toBe(want));
  it('temp names are hidden, beside the target, and recognised', () => {
    const t = tempPathFor('/x/y/out.json');
    expect(t.startsWith('/x/y/.out.json.')).toBe(true);
    expect(isTempName(t.split('/').pop()!)).toBe(true);
  });
});
