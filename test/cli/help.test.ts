/** Help text: descriptions line up by display width after CJK argument names; a usage error is one line + a hint. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN } from '../helpers/fixtures.js';
import { displayWidth } from '../../src/text/displayWidth.js';

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** Display columns of a prefix, spaces included. */
const columnOf = (prefix: string) => [...prefix].reduce((w, ch) => w + (ch === ' ' ? 1 : displayWidth(ch)), 0);

describe('help columns', () => {
  it.each([['parse'], ['convert'], ['index'], ['search'], ['show'], ['refs']])('%s --help: every description starts in the same column', (cmd) => {
    const help = run([cmd, '--help']).stdout;
    const section = help.split(/\n(?=Examples:|Output|Exit codes)/)[0];
    // term lines: two spaces, a term, two or more spaces, a description
    const columns = section.split('\n').filter((l) => /^  \S.*?\S {2,}\S/.test(l)).map((l) => columnOf(/^(  \S.*?\S {2,})\S/.exec(l)![1]));
    expect(columns.length).toBeGreaterThan(1);
    expect(new Set(columns).size).toBe(1);
  });
});

describe('usage errors', () => {
  it.each([[['parse', '--bogus', 'x'], "gongbao: unknown option '--bogus'\n(see gongbao parse --help)\n"], [['nosuch'], "gongbao: unknown command 'nosuch'\n(see gongbao --help)\n"]])('%j', (args, stderr) => {
    const r = run(args);
    expect([r.status, r.stderr]).toEqual([2, stderr]);
  });
});
