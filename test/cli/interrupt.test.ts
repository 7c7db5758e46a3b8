/** Ctrl-C during convert: the terminal is restored, one line says what was done, exit 130, and a rerun resumes. */
import { describe, expect, it, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { BIN, fixture } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convert interrupted', () => {
  it('SIGINT: one line, exit 130; the rerun finishes the job', async () => {
    const src = join(dir, 'in');
    mkdirSync(src);
    for (let i = 0; i < 40; i++) copyFileSync(fixture('000'), join(src, `g${String(i).padStart(2, '0')}.txt`));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'convert', src, '-o', out, '--jobs', '1', '--no-progress'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(130);
    expect(stderr).toMatch(/gongbao convert: interrupted: \d+ gazettes? converted; rerun to resume\n$/);
    const rerun = spawnSync(process.execPath, [BIN, 'convert', src, '-o', out, '--no-progress', '--json'], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ failed: 0 });
    const rows = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { status: string }[];
    expect(rows).toHaveLength(40);
  }, 120_000);

  it('on a terminal the cursor and line wrap are restored', async () => {
    const src = join(dir, 'in');
    const out = join(dir, 'tty-out');
    // script gives the command a pseudo-terminal; SIGINT goes to the process after 2 s
    const cmd = `"${process.execPath}" "${BIN}" convert "${src}" -o "${out}" --jobs 1 & p=$!; sleep 2; kill -INT $p; wait $p; echo "exit=$?"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain('\u001b[?25h');
    expect(r.stdout).toMatch(/interrupted: \d+ gazettes? converted; rerun to resume/);
    expect(r.stdout).toContain('exit=130');
  }, 120_000);
});

describe('index on a terminal', () => {
  it('shows a progress bar instead of per-file lines; Ctrl-C restores the cursor, exits 130 and keeps what was committed', () => {
    const src = join(dir, 'in'); // 40 copies of one gazette, made by the convert test above
    const idx = join(dir, 'tty-index');
    const cmd = `"${process.execPath}" "${BIN}" index "${src}" --index "${idx}" --jobs 1 & p=$!; sleep 2; kill -INT $p; wait $p; echo "exit=$?"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/indexing \[/);
    expect(r.stdout).not.toMatch(/^added /m);
    expect(r.stdout).toContain('\u001b[?25h');
    expect(r.stdout).toMatch(/gongbao index: interrupted/);
    expect(r.stdout).toMatch(/exit=130/);
    const list = spawnSync(process.execPath, [BIN, 'index', '--list', '--json', '--index', idx], { encoding: 'utf8' });
    const added = Number(/(\d+) added/.exec(r.stdout)?.[1]);
    expect(JSON.parse(list.stdout).files).toHaveLength(added);
  }, 120_000);
});
