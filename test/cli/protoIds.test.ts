/** Ids that name Object.prototype members are ordinary unknown ids (no plain-object lookups keyed by user input). */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, fixture } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('show / refs with __proto__, constructor, toString', () => {
  it.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty']])('%s is an unknown id', (id) => {
    const idx = join(dir, 'idx');
    run(['index', fixture('002'), '--index', idx]);
    const show = run(['show', id, '--index', idx]);
    expect([show.status, show.stderr]).toEqual([1, `gongbao: no document "${id}" in the index (give an id from \`gongbao search\` or a 发文字号)\n`]);
    const refs = run(['refs', id, '--index', idx]);
    expect([refs.status, refs.stderr]).toEqual([1, `gongbao: no document "${id}" in the index\n`]);
  });
});

describe('refs: options that would be ignored are usage errors', () => {
  it.each([
    [['refs', 'X', '--graph'], 'gongbao: refs --graph draws the whole index: give either a document or --graph'],
    [['refs', '--graph', '--cited-by'], 'gongbao: --cited-by and --graph do not combine'],
    [['refs', 'X', '--format', 'dot'], 'gongbao: --format dot needs --graph'],
  ])('%j', (args, line) => {
    const r = run([...args, '--index', join(dir, 'none')]);
    expect([r.status, r.stderr]).toEqual([2, `${line}\n(see gongbao refs --help)\n`]);
  });
});
