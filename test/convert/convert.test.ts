/**
 * `gongbao convert` end to end through the compiled CLI, on real zip and tar.gz archives built here:
 * good gazettes, a GBK copy, a corrupt (binary) file, a zip-slip entry, a GBK entry name, a truncated
 * archive; outputs, manifest, exit code, determinism across job counts, and resumption after a kill.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, statSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { once } from 'node:events';
import yazl from 'yazl';
import tarStream from 'tar-stream';
import { BIN, fixture } from '../helpers/fixtures.js';

const SMALL = '某市人民政府 关于做好某某工作的通知\n\n某政发〔2023〕4号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n';

function gbkBytes(s: string): Buffer {
  // encode through iconv-free route: Node has no GBK encoder, so use a fixed GBK byte string for SMALL's text
  const r = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gbk"))'], { input: s });
  if (r.status !== 0) throw new Error('python3 needed to make the GBK sample');
  return r.stdout;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Build a zip with yazl; names yazl refuses (`..`, raw GBK bytes) are written as same-length placeholders and patched. */
async function makeZip(path: string, entries: { name: string | Buffer; data: Buffer }[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const patches: [Buffer, Buffer][] = [];
  entries.forEach((e, i) => {
    const raw = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name);
    if (Buffer.isBuffer(e.name) || e.name.split(/[\/\\]/).includes('..')) {
      const placeholder = Buffer.from(`p${i}`.padEnd(raw.length, 'x'));
      patches.push([placeholder, raw]);
      zip.addBuffer(e.data, placeholder.toString());
    } else zip.addBuffer(e.data, e.name);
  });
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, 'close');
  if (!patches.length) return;
  const buf = readFileSync(path);
  for (const [placeholder, raw] of patches) {
    for (let at = buf.indexOf(placeholder); at >= 0; at = buf.indexOf(placeholder, at + 1)) raw.copy(buf, at);
  }
  // names are no longer flagged UTF-8 (bit 11): readers must guess, as with zips from Chinese Windows
  for (let i = 0; i + 10 < buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50) buf.writeUInt16LE(buf.readUInt16LE(i + 6) & ~0x800, i + 6);
    if (sig === 0x02014b50) buf.writeUInt16LE(buf.readUInt16LE(i + 8) & ~0x800, i + 8);
  }
  writeFileSync(path, buf);
}

async function makeTarGz(path: string, entries: { name: string; data: Buffer; type?: 'file' | 'symlink' }[]): Promise<void> {
  const pack = tarStream.pack();
  const out = createWriteStream(path);
  pack.pipe(createGzip()).pipe(out);
  for (const e of entries) {
    if (e.type === 'symlink') pack.entry({ name: e.name, type: 'symlink', linkname: '/etc/passwd' });
    else pack.entry({ name: e.name, size: e.data.length }, e.data);
  }
  pack.finalize();
  await once(out, 'close');
}

let dir: string;
let inputs: string;
const gazette = () => readFileSync(fixture('002'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-convert-'));
  inputs = join(dir, 'in');
  mkdirSync(join(inputs, 'sub'), { recursive: true });
  copyFileSync(fixture('000'), join(inputs, 'a.txt'));
  writeFileSync(join(inputs, 'sub', 'gbk.txt'), gbkBytes(SMALL));
  writeFileSync(join(inputs, 'sub', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  writeFileSync(join(inputs, 'notes.docx'), 'not a gazette');
  await makeZip(join(inputs, 'archive.zip'), [
    { name: '2019/第12期.txt', data: gazette() },
    { name: '../../evil.txt', data: Buffer.from(SMALL) },
    { name: '..\\..\\win.md', data: Buffer.from(SMALL) }, // a path escape written with Windows separators
    { name: Buffer.from([0xb9, 0xab, 0xb1, 0xa8, 0x2e, 0x74, 0x78, 0x74]), data: Buffer.from(SMALL) }, // 公报.txt in GBK
    { name: 'cover.jpg', data: Buffer.from([0xff, 0xd8, 0xff]) },
    { name: '2019/README.md', data: Buffer.from('# 说明\n本压缩包收录2019年公报。\n') },
  ]);
  await makeTarGz(join(inputs, 'more.tar.gz'), [
    { name: 'x/one.txt', data: Buffer.from(SMALL.replace('4号', '5号')) },
    { name: 'x/LICENSE', data: Buffer.from('MIT License\n') },
    { name: 'x/link.txt', data: Buffer.alloc(0), type: 'symlink' },
    { name: '/etc/abs.txt', data: Buffer.from(SMALL) },
  ]);
  const good = readFileSync(join(inputs, 'more.tar.gz'));
  writeFileSync(join(inputs, 'truncated.tgz'), good.subarray(0, Math.floor(good.length / 2)));
});
// tests clean up after themselves: nothing left in the temp folder
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('gongbao convert', () => {
  it('converts files, folders and archives; records every input in the manifest; exits 1 when something failed', () => {
    const out = join(dir, 'out1');
    const r = run(['convert', inputs, '-o', out, '--jobs', '2', '--no-progress']);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { path: string; status: string; output: string | null; encoding: string | null; error: string | null; documents: number }[];
    const by = (suffix: string) => manifest.find((m) => m.path.endsWith(suffix))!;
    expect(by('a.txt')).toMatchObject({ status: 'ok', documents: 13, output: 'in/a.txt.json' });
    expect(by('sub/gbk.txt')).toMatchObject({ status: 'ok', encoding: 'gb18030', documents: 1 });
    expect(by('sub/broken.txt')).toMatchObject({ status: 'failed' });
    expect(by('sub/broken.txt').error).toMatch(/binary/);
    expect(by('archive.zip/2019/第12期.txt')).toMatchObject({ status: 'ok', documents: 12 });
    expect(by('../../evil.txt')).toMatchObject({ status: 'failed' });
    expect(by('../../evil.txt').error).toMatch(/escapes the archive/);
    expect(by('..\\..\\win.md')).toMatchObject({ status: 'failed', error: expect.stringMatching(/escapes the archive/) });
    expect(manifest.find((m) => m.path.endsWith('archive.zip/公报.txt'))).toMatchObject({ status: 'ok' });
    expect(by('cover.jpg')).toMatchObject({ status: 'skipped' });
    // an archive's own notes are skipped as in a folder, with the reason
    expect(by('archive.zip/2019/README.md')).toMatchObject({ status: 'skipped', reason: 'a project note (README, SOURCES, LICENSE…), not a gazette', output: null });
    expect(by('x/one.txt')).toMatchObject({ status: 'ok' });
    expect(by('x/link.txt')).toMatchObject({ status: 'failed', error: 'link refused' });
    expect(by('/etc/abs.txt').error).toMatch(/absolute path/);
    expect(manifest.find((m) => m.path.endsWith('truncated.tgz'))).toMatchObject({ status: 'failed' });
    expect(manifest.some((m) => m.path.endsWith('notes.docx'))).toBe(false); // not included by the default globs
    // nothing escaped the output folder
    expect(existsSync(join(dir, 'evil.txt'))).toBe(false);
    // outputs mirror input paths, archive entries under the archive name
    expect(existsSync(join(out, 'in', 'archive.zip', '2019', '第12期.txt.json'))).toBe(true);
    expect(existsSync(join(out, 'in', 'more.tar.gz', 'x', 'one.txt.json'))).toBe(true);
    const one = JSON.parse(readFileSync(join(out, 'in', 'sub', 'gbk.txt.json'), 'utf8'));
    expect(one.source.encoding).toBe('gb18030');
    expect(one.issues[0].documents[0].docNumber).toBe('某政发〔2023〕4号');
    // documents.ndjson: one line per document of every converted gazette
    const docs = readFileSync(join(out, 'documents.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(13 + 1 + 12 + 1 + 1);
    expect(docs.find((d) => d.docNumber === '晋市政办〔2019〕44号').text).toContain('第一章');
    expect(r.stderr).toMatch(/broken\.txt: looks like a binary file/);
  });

  it('gives byte-identical output whatever the job count', () => {
    const a = join(dir, 'j1');
    const b = join(dir, 'j2');
    run(['convert', inputs, '-o', a, '--jobs', '1', '--no-progress']);
    run(['convert', inputs, '-o', b, '--jobs', '2', '--no-progress']);
    expect(readFileSync(join(a, 'documents.ndjson'))).toEqual(readFileSync(join(b, 'documents.ndjson')));
    expect(readFileSync(join(a, 'in', 'a.txt.json'))).toEqual(readFileSync(join(b, 'in', 'a.txt.json')));
    expect(readFileSync(join(a, 'manifest.json'))).toEqual(readFileSync(join(b, 'manifest.json')));
  });

  it('es-bulk: action + source line per document, newline-terminated, and an IK mapping', () => {
    const out = join(dir, 'es');
    run(['convert', fixture('000'), '-o', out, '--output-format', 'es-bulk', '--no-progress']);
    const bulk = readFileSync(join(out, 'bulk.ndjson'), 'utf8');
    expect(bulk.endsWith('\n')).toBe(true);
    const lines = bulk.slice(0, -1).split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(26);
    expect(lines[0]).toEqual({ index: { _index: 'gongbao', _id: lines[1].id } });
    expect(new Set(lines.filter((_, i) => i % 2 === 0).map((l) => l.index._id)).size).toBe(13);
    const mapping = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8'));
    expect(mapping.mappings.properties.text).toEqual({ type: 'text', analyzer: 'ik_max_word', search_analyzer: 'ik_smart' });
  });

  it('a rerun skips unchanged inputs; --force redoes them', () => {
    const out = join(dir, 'rerun');
    run(['convert', fixture('000'), fixture('002'), '-o', out, '--no-progress']);
    const again = run(['convert', fixture('000'), fixture('002'), '-o', out, '--no-progress', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: 0, skipped: 2, failed: 0, documents: 25 });
    expect(readFileSync(join(out, 'documents.ndjson'), 'utf8').trim().split('\n')).toHaveLength(25);
    // a skipped entry keeps the encoding recorded when it was converted
    const rows = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { status: string; encoding: string | null }[];
    expect(rows.map((m) => [m.status, m.encoding])).toEqual([['skipped', 'utf-8'], ['skipped', 'utf-8']]);
    const forced = run(['convert', fixture('000'), fixture('002'), '-o', out, '--no-progress', '--json', '--force']);
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: 2, skipped: 0 });
  });

  it('a run killed halfway leaves no partial JSON, and a rerun finishes the job', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const base = readFileSync(fixture('000'), 'utf8');
    for (let i = 0; i < 40; i++) writeFileSync(join(corpus, `g${String(i).padStart(2, '0')}.txt`), `${base}\n\n编号 ${i}\n`);
    const out = join(dir, 'killed');
    const child = spawn(process.execPath, [BIN, 'convert', corpus, '-o', out, '--jobs', '1', '--no-progress'], { stdio: 'ignore' });
    const deadline = Date.now() + 30000;
    const outputs = () => (existsSync(join(out, 'corpus')) ? readdirSync(join(out, 'corpus')).filter((f) => f.endsWith('.json')) : []);
    while (outputs().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await once(child, 'exit');
    const partial = outputs();
    expect(partial.length).toBeGreaterThanOrEqual(3);
    expect(partial.length).toBeLessThan(40);
    for (const f of partial) expect(() => JSON.parse(readFileSync(join(out, 'corpus', f), 'utf8'))).not.toThrow();
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);

    const r = run(['convert', corpus, '-o', out, '--jobs', '2', '--no-progress', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.ok + s.skipped).toBe(40);
    expect(s.skipped).toBeGreaterThanOrEqual(partial.length);
    expect(outputs()).toHaveLength(40);
    expect(readdirSync(join(out, 'corpus')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(join(out, 'documents.ndjson')).size).toBeGreaterThan(0);
  });

  it('--index adds the converted gazettes to the search index in the same run', () => {
    const out = join(dir, 'indexed');
    const idx = join(dir, 'idx');
    const r = run(['convert', fixture('000'), '-o', out, '--index', idx, '--no-progress']);
    expect(r.code).toBe(0);
    const s = run(['search', '经济普查', '--index', idx, '--json']);
    expect(JSON.parse(s.stdout).hits.map((h: { docNumber: string }) => h.docNumber)).toEqual(['城政发〔2023〕4号']);
  });

  it('the old flag names still work, each with a one-line notice: --index-dir (implies --index) and --format', () => {
    const out = join(dir, 'indexed-old');
    const idx = join(dir, 'idx-old');
    const r = run(['convert', fixture('000'), '-o', out, '--index-dir', idx, '--format', 'ndjson', '--no-progress']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('gongbao: --index-dir is now --index (the old name still works');
    expect(r.stderr).toContain('gongbao: --format is now --output-format');
    expect(existsSync(join(out, 'gazettes.ndjson'))).toBe(true);
    const s = run(['search', '经济普查', '--index', idx, '--json']);
    expect(JSON.parse(s.stdout).hits).toHaveLength(1);
  });

  it('outputs of an input deleted since are listed, and --delete removes them (a file of the user\'s own is left alone)', () => {
    const src = join(dir, 'stale-in');
    const out = join(dir, 'stale-out');
    mkdirSync(join(src, 'sub'), { recursive: true });
    copyFileSync(fixture('000'), join(src, 'a.txt'));
    copyFileSync(fixture('003'), join(src, 'sub', 'b.txt'));
    expect(run(['convert', src, '-o', out, '--no-progress']).code).toBe(0);
    const outputs = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs.map((m: { output: string }) => m.output);
    const bOutput = outputs.find((o: string) => o.endsWith('b.txt.json'));
    rmSync(join(src, 'sub', 'b.txt'));
    writeFileSync(join(out, 'notes.json'), '{"mine": true}\n');
    const listed = run(['convert', src, '-o', out, '--no-progress', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ staleOutputs: [bOutput], staleDeleted: false });
    expect(listed.stderr).toContain(`1 output in ${out} is from inputs this run did not have (deleted, or not given): ${bOutput}; --delete removes them`);
    expect(existsSync(join(out, bOutput))).toBe(true);
    const removed = run(['convert', src, '-o', out, '--no-progress', '--delete', '--json']);
    expect(JSON.parse(removed.stdout)).toMatchObject({ staleOutputs: [bOutput], staleDeleted: true });
    expect(existsSync(join(out, bOutput))).toBe(false);
    expect(existsSync(join(out, bOutput, '..'))).toBe(false);
    expect(readFileSync(join(out, 'notes.json'), 'utf8')).toBe('{"mine": true}\n');
    expect(JSON.parse(run(['convert', src, '-o', out, '--no-progress', '--json']).stdout).staleOutputs).toEqual([]);
  });

  it('--index given a file (the flag put before the inputs) is a usage error, nothing converted', () => {
    const out = join(dir, 'not-converted');
    const r = run(['convert', '--index', fixture('000'), fixture('002'), '-o', out, '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongbao: --index takes the index folder, and .*000.* is a file/m);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--output-format', 'xml'], /--output-format.*xml/],
    [['--format', 'xml'], /--output-format: xml is not one of json, ndjson, es-bulk/],
  ])('a format it does not write is a usage error: %s', (flags, message) => {
    const r = run(['convert', fixture('000'), '-o', join(dir, 'bad-format'), ...flags, '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('empty and huge files fail with a clear message, without reading them into memory', () => {
    const d = join(dir, 'edge');
    mkdirSync(d);
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'huge.txt'), '');
    truncateSync(join(d, 'huge.txt'), 250 * 1024 * 1024); // sparse: 250 MB without using the disk
    writeFileSync(join(d, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const r = run(['convert', d, '-o', join(dir, 'edgeout'), '--no-progress']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: file is empty/);
    expect(r.stderr).toMatch(/huge\.txt: file of 250 MB is larger than the 64 MB limit/);
    // a failed input names no output: nothing was written for it
    const failed = JSON.parse(readFileSync(join(dir, 'edgeout', 'manifest.json'), 'utf8')).inputs.filter((m: { status: string }) => m.status === 'failed');
    expect(failed.map((m: { output: string | null }) => m.output)).toEqual([null, null, null]);
  });

  it('refuses a decompression bomb within the limits it is given', async () => {
    const bomb = join(dir, 'bomb.zip');
    await makeZip(bomb, [{ name: 'big.txt', data: Buffer.alloc(5 * 1024 * 1024, 0x20) }]);
    const out = join(dir, 'bombout');
    const r = run(['convert', bomb, '-o', out, '--no-progress']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/compression ratio \d+:1 exceeds 200:1/);
    const raised = run(['convert', bomb, '-o', join(dir, 'bombout2'), '--no-progress', '--max-ratio', '100000']);
    expect(raised.stderr).not.toMatch(/compression ratio/); // let through; then fails as whitespace-only text
    expect(raised.stderr).toMatch(/only whitespace/);
  });
});
