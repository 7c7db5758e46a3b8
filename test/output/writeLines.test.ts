import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineWriter, writeLines } from '../../src/output/writeLines.js';

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
