import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barSize, fitToWidth } from '../../src/output/progressBar.js';
import { displayWidth } from '../../src/text/displayWidth.js';
import { BIN } from '../helpers/fixtures.js';

describe('barSize', () => {
  it.each([
    [200, 40, 40],
    [80, 40, 39],
    [60, 40, 19],
    // never narrower than 10, however little is left
    [40, 40, 10],
    // unknown width (not a terminal): 80 columns
    [undefined, 40, 39],
  ])('%s columns, %s of other text → %s', (columns, other, want) => expect(barSize(columns, other)).toBe(want));
});

describe('fitToWidth', () => {
  it.each([
    ['a/b.txt', 20, 'a/b.txt'],
    // Chinese characters take two columns: the end of the path is kept after …
    ['归档/某市人民政府公报2024年第6期.txt', 20, '…报2024年第6期.txt'],
    ['abcdefghij', 6, '…ghij'],
    ['abcdefghij', 3, ''],
  ])('%s in %s columns → %s', (text, columns, want) => {
    const fitted = fitToWidth(text, columns);
    expect(fitted).toBe(want);
    expect(displayWidth(fitted)).toBeLessThanOrEqual(columns);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'gongbao-bar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasScript)('the bar on a 60-column terminal (a pty)', () => {
  it('every redraw of the index bar fits the line, its count whole', () => {
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = join(dir, `某市人民政府公报第${i}期.txt`);
      copyFileSync(new URL('../shapes/upwardRequest.txt', import.meta.url), p);
      files.push(p);
    }
    const cmd = `stty cols 60; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} index ${files.map((f) => JSON.stringify(f)).join(' ')} --index ${JSON.stringify(join(dir, 'ix'))} --jobs 1`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    // eslint-disable-next-line no-control-regex
    // each redraw starts by moving to column 1 (ESC [1G)
    const redraws = r.stdout.replace(/\x1b\[\d*G/g, '\n').replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|[78])/g, '').split(/[\r\n]+/).filter((l) => l.startsWith('indexing ['));
    expect(redraws.length).toBeGreaterThan(0);
    for (const l of redraws) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    expect(redraws.some((l) => / 12\/12 files/.test(l))).toBe(true);
  });
});
