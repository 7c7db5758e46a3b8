import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { flagsTakingValue, prepareArgv, separateExclusions } from '../../src/cli/searchArgs.js';
import { buildProgram } from '../../src/cli/main.js';

const searchCommand = buildProgram().commands.find((c) => c.name() === 'search')!;
import { BIN, fixture } from '../helpers/fixtures.js';

describe('separateExclusions', () => {
  it.each([
    [['营商环境', '-低保', '--limit', '2'], ['营商环境', '--limit', '2', '--', '-低保']],
    [['-"企业 开办"', '审批'], ['审批', '--', '-"企业 开办"']],
    [['营商环境', '--', '-abc'], ['营商环境', '--', '-abc']],
    [['--limti', '2', '营商环境'], ['--limti', '2', '营商环境']],
    [['-n', '3', '营商环境'], ['-n', '3', '营商环境']],
    [['营商环境', '--limit', '-1'], ['营商环境', '--limit', '-1']], // a bad value of an option, not an exclusion
    [['营商环境', '--year', '-2023', '-2022'], ['营商环境', '--year', '-2023', '--', '-2022']],
  ])('%j → %j', (args, expected) => expect(separateExclusions(args, flagsTakingValue(searchCommand))).toEqual(expected));
  it('only the search command is touched', () => expect(prepareArgv(['node', 'gongbao', 'parse', '-低保'], searchCommand)).toEqual(['node', 'gongbao', 'parse', '-低保']));
});

describe('search options are strict', () => {
  const idx = mkdtempSync(join(tmpdir(), 'gongbao-searchargs-'));
  afterAll(() => rmSync(idx, { recursive: true, force: true }));
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--index', idx], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  it.each([[['search', '--limti', '2', '营商环境']], [['search', '营商环境', '--jsno']], [['search', '--bogus', 'X']]])('%j is a usage error', (args) => {
    run(['index', fixture('000'), '-q']);
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gongbao: unknown option/);
  });
  it.each([['。'], ['""']])('a query of punctuation only (%s) is a usage error, as an empty one is', (q) => {
    run(['index', fixture('000'), '-q']);
    const r = run(['search', q]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`gongbao: nothing to search: ${q} has no letters, digits or characters (punctuation is not indexed)\n`);
    expect(run(['search']).status).toBe(2);
  });
  it('an exclusion alone finds every document without the word', () => {
    run(['index', fixture('000'), '-q']);
    const all = JSON.parse(run(['search', 'year:2023', '--json', '--limit', '100']).stdout).total as number;
    const without = JSON.parse(run(['search', '-审批', '--json', '--limit', '100']).stdout);
    const with_ = JSON.parse(run(['search', '审批', '--json', '--limit', '100']).stdout).total as number;
    expect(without.total).toBeGreaterThan(0);
    expect(without.total + with_).toBe(all);
  });
  it('-word after the first word still excludes', () => {
    run(['index', fixture('000'), '-q']);
    const all = JSON.parse(run(['search', '营商环境', '--json', '--limit', '50']).stdout).hits.length as number;
    const fewer = JSON.parse(run(['search', '营商环境', '-审批', '--json', '--limit', '50']).stdout).hits.length as number;
    expect(fewer).toBeLessThan(all);
  });
});

describe('search: one line that says what went wrong', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  it('--limit -1 names the value given', () => {
    const r = run(['search', '营商环境', '--limit', '-1']);
    expect([r.status, r.stderr]).toEqual([2, 'gongbao: --limit must be a positive integer, got "-1"\n']);
  });
  it('words after --in are files: the message says where the query goes', () => {
    const r = run(['search', '--in', fixture('000'), '营商环境']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gongbao: empty query: every argument after --in is a file (2 given); put the query before --in, or after --\n');
  });
});
