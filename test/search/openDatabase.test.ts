import { describe, expect, it } from 'vitest';
import { addonProblem } from '../../src/search/openDatabase.js';

// what Node.js says when an addon built for Node 20 is loaded by Node 24
const MISMATCH = Object.assign(
  new Error("The module '/x/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 137. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`)."),
  { code: 'ERR_DLOPEN_FAILED' },
);

describe('addonProblem', () => {
  it('names both module versions and the fix, on one line', () => {
    const p = addonProblem(MISMATCH)!;
    expect(p).toMatch(/built for another Node\.js \(module version 115; this Node\.js v\d+\.\d+\.\d+ needs 137\): run `npm rebuild better-sqlite3`/);
    expect(p).not.toContain('\n');
  });
  it('another load failure of the addon: its first line and the fix', () => {
    const p = addonProblem(Object.assign(new Error('libc.so.7: cannot open shared object file\nmore'), { code: 'ERR_DLOPEN_FAILED' }))!;
    expect(p).toBe("better-sqlite3's compiled addon cannot be loaded (libc.so.7: cannot open shared object file): run `npm rebuild better-sqlite3` in gongbao's folder");
  });
  it.each([
    ['a SQLite error', Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' })],
    ['no error at all', undefined],
  ])('must not fire: %s', (_, err) => expect(addonProblem(err)).toBeNull());
});
