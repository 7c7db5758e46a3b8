import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagerFor } from '../../src/output/pager.js';
import { BIN } from '../helpers/fixtures.js';

const tty = (rows: number) => ({ isTTY: true, rows }) as unknown as NodeJS.WriteStream;
const long = 'line\n'.repeat(30);

describe('pagerFor', () => {
  it.each([
    ['a long text on a terminal: less -FRX', long, tty(24), {}, true, 'less -FRX'],
    ['$PAGER', long, tty(24), { PAGER: 'most' }, true, 'most'],
    ['$GONGBAO_PAGER before $PAGER', long, tty(24), { PAGER: 'most', GONGBAO_PAGER: 'less -S' }, true, 'less -S'],
    // must not fire
    ['text that fits the screen', 'line\n'.repeat(5), tty(24), {}, true, null],
    ['not a terminal', long, { isTTY: false } as unknown as NodeJS.WriteStream, {}, true, null],
    ['--no-pager', long, tty(24), {}, false, null],
    ['PAGER=cat', long, tty(24), { PAGER: 'cat' }, true, null],
    ['an empty PAGER', long, tty(24), { PAGER: '' }, true, null],
    ['TERM=dumb', long, tty(24), { TERM: 'dumb' }, true, null],
  ])('%s', (_what, text, stream, env, enabled, want) => expect(pagerFor(text, { enabled, stream, env })).toBe(want));
});

const hasScript = spawnSync('script', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'gongbao-pager-'));
const index = join(dir, 'ix');
let id = '';
beforeAll(() => {
  spawnSync(process.execPath, [BIN, 'index', new URL('../../fixtures/002_7843dfa62b2db2f4.txt', import.meta.url).pathname, '--index', index, '-q']);
  const r = spawnSync(process.execPath, [BIN, 'search', '重污染天气应急预案', '--index', index, '--json'], { encoding: 'utf8' });
  id = JSON.parse(r.stdout).hits[0].id;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasScript)('show through the pager (a 20-row pty)', () => {
  const show = (flags: string) => spawnSync('script', ['-qec', `stty rows 20 cols 100; PAGER='sed s/^/P:/' NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} show ${id} --index ${JSON.stringify(index)} ${flags}`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 }).stdout;
  it('a document longer than the screen goes through $PAGER', () => {
    const out = show('').split(/\r?\n/).filter(Boolean);
    expect(out[0]).toBe('P:晋城市人民政府办公室关于印发晋城市重污染天气应急预案的通知');
    expect(out.every((l) => l.startsWith('P:'))).toBe(true);
  });
  it('--no-pager prints it straight', () => {
    expect(show('--no-pager').split(/\r?\n/)[0]).toBe('晋城市人民政府办公室关于印发晋城市重污染天气应急预案的通知');
  });
  it('into a pipe it is never paged', () => {
    const r = spawnSync(process.execPath, [BIN, 'show', id, '--index', index], { encoding: 'utf8', env: { ...process.env, PAGER: 'sed s/^/P:/', NO_COLOR: '1' } });
    expect(r.stdout.split('\n')[0]).toBe('晋城市人民政府办公室关于印发晋城市重污染天气应急预案的通知');
  });
});
