// Faults around the index (#25): what is not a gazette file in a folder, two writers at once, a reader that
// cannot write, a damaged or misplaced database, an unsearchable query. Each ends in one `gongbao:` line or
// in finished work, never in a hang or a stack trace.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE, readMeta } from '../../src/search/indexStore.js';
import { MAX_QUERY_WORDS } from '../../src/search/queryParser.js';
import { BIN, fixture } from '../helpers/fixtures.js';

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'gongbao-faults-'));
  chmodSync(base, 0o755);
});
// tests clean up after themselves
afterAll(() => rmSync(base, { recursive: true, force: true }));

const cli = (args: string[], opts: { timeout?: number } = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: opts.timeout ?? 60_000 });
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

/** Overwrite the full-text index's data pages (all but its first blocks) with random bytes. */
function damageFullText(d: string): void {
  const db = new Database(join(d, DB_FILE));
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  // (every byte 0xFF, not random bytes: a random block now and then reads as a valid one, and the test flaked)
  const update = db.prepare('UPDATE fts_data SET block = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, length(block) AS n FROM fts_data WHERE id > 10').all() as { id: number; n: number }[]) update.run(Buffer.alloc(row.n, 0xff), row.id);
  db.close();
}

describe('what a folder holds besides gazettes', () => {
  it.runIf(hasMkfifo)('a FIFO named *.txt is skipped at once; named on its own it fails; README.md is skipped', () => {
    const folder = join(base, 'with-fifo');
    mkdirSync(folder);
    copyFileSync(fixture('000'), join(folder, 'a.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    writeFileSync(join(folder, 'README.md'), '# 这个文件夹\n\n某市公报的文本。\n');
    const d = join(base, 'fifo-index');
    const r = cli(['index', folder, '--index', d], { timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 added, .* 0 failed, 2 skipped/);
    expect(r.stderr).toMatch(/skipped\s+\S*pipe\.txt\s+\(not a regular file/);
    expect(r.stderr).toMatch(/skipped\s+\S*README\.md\s+\(a project note/);
    const named = cli(['index', join(folder, 'pipe.txt'), '--index', d], { timeout: 30_000 });
    expect([named.signal, named.status]).toEqual([null, 1]);
    expect(named.stderr).toMatch(/pipe\.txt: not a regular file/);
  });
});

describe("gongbao's own output and hidden folders", () => {
  it('a hidden folder (.cache) is not walked; NDJSON of parse results named on its own is refused as gongbao output, not indexed as text', () => {
    const folder = join(base, 'converted');
    mkdirSync(join(folder, '.cache'), { recursive: true });
    copyFileSync(fixture('000'), join(folder, 'a.txt'));
    copyFileSync(fixture('002'), join(folder, '.cache', 'b.txt'));
    const parsed = cli(['parse', fixture('003'), '--json']).stdout;
    writeFileSync(join(folder, 'gazettes.ndjson'), JSON.stringify(JSON.parse(parsed)) + '\n');
    const d = join(base, 'converted-index');
    const r = cli(['index', folder, '--index', d, '-q']);
    expect([r.status, r.stdout]).toEqual([0, expect.stringMatching(/1 added/)]);
    const named = cli(['index', join(folder, 'gazettes.ndjson'), '--index', d]);
    expect(named.status).toBe(1);
    expect(named.stderr).toMatch(/gazettes\.ndjson: is gongbao's own JSON output, not a gazette text/);
    const p = cli(['parse', join(folder, 'gazettes.ndjson')]);
    expect([p.status, p.stdout]).toEqual([1, '']);
  });
});

describe('two index runs over the same folder at once', () => {
  it('both finish, and the index holds every file once', async () => {
    const folder = join(base, 'shared');
    mkdirSync(folder);
    // 36 files, each with a first line of its own so that no two share their content
    for (let i = 1; i <= 12; i++) for (const p of ['000', '002', '003']) writeFileSync(join(folder, `${i}-${p}.txt`), `第${i}份\n\n${readFileSync(fixture(p), 'utf8')}`);
    const d = join(base, 'shared-index');
    const runOne = () => new Promise<{ code: number | null; err: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'index', folder, '--index', d, '-q', '--jobs', '2']);
      let err = '';
      child.stderr.on('data', (b) => (err += b));
      child.on('exit', (code) => res({ code, err }));
    });
    const [a, b] = await Promise.all([runOne(), runOne()]);
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
    expect(Object.keys(readMeta(d)!.files)).toHaveLength(36);
  }, 120_000);
});

describe('an index that the reader cannot write', () => {
  it('is left in rollback-journal mode when closed (a WAL database needs a -shm file its reader creates)', () => {
    const d = join(base, 'closed');
    expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    const db = new Database(join(d, DB_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    expect(readdirSync(d)).toEqual([DB_FILE]);
  });

  const root = process.getuid?.() === 0;
  // as another user: only where that user can read this checkout (a clone in a private temp folder is not)
  const asNobody = root && spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;
  const searchAs = (user: 'nobody' | null, d: string) => {
    const args = [process.execPath, BIN, 'search', '营商环境', '--index', d, '--json'];
    return user ? spawnSync('runuser', ['-u', user, '--', ...args], { encoding: 'utf8' }) : spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
  };
  const expectHits = (r: ReturnType<typeof searchAs>) => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hits.length).toBeGreaterThan(0);
  };

  it.runIf(asNobody || !root)('is searched by a user who cannot write its folder; writing there is one line', () => {
    const d = join(base, 'shared-read-only');
    expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    chmodSync(d, 0o555);
    try {
      expectHits(searchAs(root ? 'nobody' : null, d));
      const w = root ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, 'index', fixture('002'), '--index', d], { encoding: 'utf8' }) : cli(['index', fixture('002'), '--index', d]);
      expect(w.status).toBe(1);
      expect(w.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongbao: cannot write the index .*not writable/)]);
    } finally {
      chmodSync(d, 0o755);
    }
  });

  // on a read-only mount (where this machine lets the tests mount a tmpfs): not even root can make a -shm file
  const mountPoint = mkdtempSync(join(tmpdir(), 'gongbao-ro-'));
  const mount = () => spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]).status === 0;
  const canMount = root && mount() && spawnSync('umount', [mountPoint]).status === 0;
  afterAll(() => rmSync(mountPoint, { recursive: true, force: true }));
  it.runIf(canMount)('is searched on a read-only mount', () => {
    expect(mount()).toBe(true);
    try {
      const d = join(mountPoint, 'idx');
      expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
      expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
      expectHits(searchAs(null, d));
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('a database that is not an index', () => {
  it.each([
    ['an empty file', (p: string) => writeFileSync(p, ''), /is empty \(0 bytes\), not a gongbao index: rebuild/],
    ['a folder in its place', (p: string) => mkdirSync(p), /is a folder, not an index database/],
    ['a SQLite database of something else', (p: string) => {
      const db = new Database(p);
      db.exec('CREATE TABLE notes(text)');
      db.close();
    }, /is not a gongbao index .*rebuild/],
  ])('%s: one line, exit 3 (an index problem, not "no match")', (name, make, message) => {
    const d = join(base, `not-an-index-${name.replace(/\W+/g, '-')}`);
    mkdirSync(d);
    make(join(d, DB_FILE));
    const r = cli(['search', '通知', '--index', d]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
  it('damaged full-text pages: the damage and the rebuild, not a raw fts5 message', () => {
    const d = join(base, 'damaged-fts');
    expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    damageFullText(d);
    const r = cli(['search', '营商环境', '--index', d]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongbao: the index is damaged: .*rebuild/)]);
  });
});

describe('a query of more words than SQLite can combine', () => {
  it('is a usage error naming the limit (exit 2), not "no match"', () => {
    const d = join(base, 'closed');
    if (!existsSync(d)) expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    const words = Array.from({ length: 1000 }, (_, i) => `词${i}`);
    const r = cli(['search', ...words, '--index', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`at most ${MAX_QUERY_WORDS}`);
  });
});

describe('what the user typed, echoed', () => {
  it('control characters in an id are shown as escapes, not sent to the terminal', () => {
    const d = join(base, 'closed');
    if (!existsSync(d)) expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    const r = cli(['show', '\u001b[2J某政发', '--index', d]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('"\\x1b[2J某政发"');
  });
});

describe('exit codes of search, show and refs tell "nothing matched" from "no index"', () => {
  it.each([
    [['search', '营商环境']],
    [['show', '某政发〔2024〕1号']],
    [['refs', '某政发〔2024〕1号']],
  ])('%j on a folder without an index: one line, exit 3', (args) => {
    const d = join(base, 'no-index-here');
    mkdirSync(d, { recursive: true });
    const r = cli([...args, '--index', d]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongbao: no index at .*build one with `gongbao index PATH\.\.\.`$/)]);
  });
  it('a query without a match on a good index: exit 1', () => {
    const d = join(base, 'closed');
    if (!existsSync(d)) expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    expect(cli(['search', '这个词组不会出现在公报里', '--index', d]).status).toBe(1);
  });
});

describe('gongbao index --check', () => {
  const fresh = (name: string) => {
    const d = join(base, name);
    expect(cli(['index', fixture('000'), '--index', d, '-q']).status).toBe(0);
    return d;
  };
  it('a whole index: exit 0, one line', () => {
    const r = cli(['index', '--check', '--index', fresh('check-whole')]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/is whole/);
  });
  it('damaged full-text pages: what FTS5 found, the rebuild, exit 3', () => {
    const d = fresh('check-damaged');
    damageFullText(d);
    const r = cli(['index', '--check', '--index', d]);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^gongbao: (sqlite: fts5|full-text table fts): /);
    expect(lines[lines.length - 1]).toMatch(/^gongbao: the index at .* is damaged: rebuild it with `gongbao index --rebuild PATH\.\.\.`$/);
  });
  it('not an index at all, or no index: one line, exit 3', () => {
    const d = join(base, 'check-garbage');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, DB_FILE), 'this is not a database'.repeat(100));
    const r = cli(['index', '--check', '--index', d]);
    expect([r.status, r.stderr.trim().split('\n').length]).toEqual([3, 1]);
    const none = cli(['index', '--check', '--index', join(base, 'check-none')]);
    expect([none.status, none.stderr]).toEqual([3, expect.stringMatching(/^gongbao: no index at /)]);
  });
  it('--check with paths is a usage error', () => {
    expect(cli(['index', '--check', fixture('000'), '--index', join(base, 'check-none')]).status).toBe(2);
  });
});
