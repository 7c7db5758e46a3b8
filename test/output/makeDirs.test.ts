import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirs, removeEmptyDirs } from '../../src/output/makeDirs.js';

describe('makeDirs and removeEmptyDirs', () => {
  it('returns the folders it made, outermost first; taking them back removes only what is still empty', () => {
    const base = mkdtempSync(join(tmpdir(), 'gongbao-dirs-'));
    const created = makeDirs(join(base, 'a', 'b', 'c'));
    expect(created).toEqual([join(base, 'a'), join(base, 'a', 'b'), join(base, 'a', 'b', 'c')]);
    expect(makeDirs(join(base, 'a', 'b'))).toEqual([]);
    writeFileSync(join(base, 'a', 'kept.txt'), 'x');
    removeEmptyDirs(created);
    expect([existsSync(join(base, 'a', 'b')), existsSync(join(base, 'a'))]).toEqual([false, true]);
    rmSync(base, { recursive: true, force: true });
  });
});
