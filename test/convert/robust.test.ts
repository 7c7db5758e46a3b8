/** convert survives any one entry: duplicate and colliding names, unwritable outputs, slow files, padding entries. */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { once } from 'node:events';
import yazl from 'yazl';
import tarStream from 'tar-stream';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const notice = (n: number) => Buffer.from(`某市人民政府关于某事${n}的通知\n\n某政发〔2023〕${n}号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n`);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function zip(path: string, entries: [string, Buffer][]): Promise<void> {
  const z = new yazl.ZipFile();
  for (const [name, data] of entries) z.addBuffer(data, name);
  z.end();
  const out = createWriteStream(path);
  z.outputStream.pipe(out);
  await once(out, 'close');
}

async function tgz(path: string, entries: [string, Buffer][]): Promise<void> {
  const pack = tarStream.pack();
  const out = createWriteStream(path);
  pack.pipe(createGzip()).pipe(out);
  for (const [name, data] of entries) pack.entry({ name }, data);
  pack.finalize();
  await once(out, 'close');
}

type Row = { path: string; status: string; output: string | null; reason: string | null; error: string | null; documents: number };
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as Row[];
const docNumbers = (out: string) => readFileSync(join(out, 'documents.ndjson'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).docNumber as string);

describe('convert: every entry gets its own output and manifest row', () => {
  it('the same name twice in a zip, and names equal up to case', async () => {
    const z = join(dir, 'dup.zip');
    await zip(z, [['same.txt', notice(1)], ['same.txt', notice(2)], ['Same.TXT', notice(3)]]);
    const out = join(dir, 'dup-out');
    const r = run(['convert', z, '-o', out, '--no-progress']);
    expect(r.code).toBe(0);
    expect(manifestOf(out).map((m) => [m.output, m.status])).toEqual([['dup.zip/same.txt.json', 'ok'], ['dup.zip/same.txt~2.json', 'ok'], ['dup.zip/Same.TXT~3.json', 'ok']]);
    expect(docNumbers(out)).toEqual(['某政发〔2023〕1号', '某政发〔2023〕2号', '某政发〔2023〕3号']);
  });
  it('./same.txt and same.txt in a tar: normalised paths, two rows', async () => {
    const t = join(dir, 'dup.tgz');
    await tgz(t, [['./same.txt', notice(1)], ['same.txt', notice(2)]]);
    const out = join(dir, 'tdup-out');
    run(['convert', t, '-o', out, '--no-progress']);
    expect(manifestOf(out).map((m) => m.path.slice(dir.length + 1))).toEqual(['dup.tgz/same.txt', 'dup.tgz/same.txt']);
    expect(docNumbers(out)).toEqual(['某政发〔2023〕1号', '某政发〔2023〕2号']);
  });
  it('an input named manifest does not clobber the run’s manifest', () => {
    const m = join(dir, 'manifest');
    writeFileSync(m, notice(7));
    const out = join(dir, 'man-out');
    expect(run(['convert', m, '-o', out, '--no-progress']).code).toBe(0);
    expect(manifestOf(out).map((x) => x.output)).toEqual(['manifest~2.json']);
  });
});

describe('convert: one entry that fails fails alone', () => {
  it('an entry name too long for the file system fails alone; a file where a folder is needed gets another folder', async () => {
    const z = join(dir, 'bad-names.zip');
    // the long name in folders of its own: they are made for its output, and taken back when it cannot be written
    await zip(z, [['deep/er/' + '长'.repeat(120) + '.txt', notice(1)], ['a.txt', notice(2)], ['a.txt.json/b.txt', notice(3)], ['ok.txt', notice(4)]]);
    const out = join(dir, 'names-out');
    const r = run(['convert', z, '-o', out, '--no-progress']);
    expect(r.code).toBe(1);
    const rows = manifestOf(out);
    expect(rows.map((m) => [m.status, m.output])).toEqual([['failed', null], ['ok', 'bad-names.zip/a.txt.json'], ['ok', 'bad-names.zip/a.txt.json~2/b.txt.json'], ['ok', 'bad-names.zip/ok.txt.json']]);
    expect(rows[0].error).toMatch(/^cannot write .* \(name too long for the file system\)$/);
    expect(existsSync(join(out, 'bad-names.zip', 'deep'))).toBe(false);
    expect(docNumbers(out)).toEqual(['某政发〔2023〕2号', '某政发〔2023〕3号', '某政发〔2023〕4号']);
  });
  it('a file over the time limit is recorded as failed and the run goes on', () => {
    const a = join(dir, 'slow.txt');
    writeFileSync(a, notice(5));
    const out = join(dir, 'slow-out');
    const r = run(['convert', a, '-o', out, '--no-progress', '--file-timeout', '0.001']);
    expect(r.code).toBe(1);
    expect(manifestOf(out)[0].error).toBe('took longer than the 0.001 s limit for one file (raise it with --file-timeout)');
    expect(existsSync(join(out, 'documents.ndjson'))).toBe(true);
  });
});

describe('convert: archive guards per entry', () => {
  const gnuTar = spawnSync('tar', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU tar');
  it.runIf(gnuTar)('a GNU sparse file entry says what it is and what to do; the other entries are converted', () => {
    const src = mkdtempSync(join(dir, 'sparse-'));
    writeFileSync(join(src, 'holes.txt'), notice(3));
    spawnSync('truncate', ['-s', '1M', join(src, 'holes.txt')]);
    writeFileSync(join(src, 'plain.txt'), notice(4));
    const t = join(dir, 'sparse.tar');
    expect(spawnSync('tar', ['--format=gnu', '--sparse', '-cf', t, '-C', src, 'holes.txt', 'plain.txt']).status).toBe(0);
    const out = join(dir, 'sparse-out');
    expect(run(['convert', t, '-o', out, '--no-progress']).code).toBe(1);
    const rows = manifestOf(out);
    expect(rows.map((m) => [m.path.slice(t.length + 1), m.status])).toEqual([['holes.txt', 'failed'], ['plain.txt', 'ok']]);
    expect(rows[0].error).toMatch(/GNU sparse file.*extract the archive with tar/);
  });
  it('a small text after a large padding entry in a .tar.gz is not refused for the padding’s ratio', async () => {
    const t = join(dir, 'padded.tgz');
    await tgz(t, [['pad.txt', Buffer.alloc(40 * 1024 * 1024, 0x20)], ['real.txt', notice(9)]]);
    const out = join(dir, 'pad-out');
    run(['convert', t, '-o', out, '--no-progress']);
    const rows = manifestOf(out);
    expect(rows.map((m) => [m.path.slice(t.length + 1), m.status])).toEqual([['pad.txt', 'failed'], ['real.txt', 'ok']]);
    expect(rows[0].error).toMatch(/compression ratio/);
  });
  it('an entry excluded by --include is skipped before any check', async () => {
    const z = join(dir, 'mixed.zip');
    await zip(z, [['scan.tif', Buffer.alloc(3 * 1024 * 1024, 0)], ['a.txt', notice(1)]]);
    const out = join(dir, 'mixed-out');
    const r = run(['convert', z, '-o', out, '--no-progress', '--max-entry-mb', '1']);
    expect(r.code).toBe(0);
    expect(manifestOf(out).map((m) => [m.status, m.reason])).toEqual([['skipped', 'not a gazette text file (see --include)'], ['ok', null]]);
  });
});
