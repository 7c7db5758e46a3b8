/** PDFs through the CLI: parse, bad PDFs (one line, exit 1), convert and index of folders that hold PDFs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, FIXTURES } from './helpers/fixtures.js';
import { minimalPdf } from './helpers/minimalPdf.js';

const NOTICE = join(FIXTURES, 'pdf', 'nea_sdb_lujianneng_2024_35_notice_joint3.pdf');
function run(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', GONGBAO_INDEX: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-pdf-'));
  writeFileSync(join(dir, 'scan.pdf'), minimalPdf());
  writeFileSync(join(dir, 'locked.pdf'), minimalPdf({ encrypted: true }));
  // a PDF cut off after its header and first object: no cross-reference table, no page tree
  writeFileSync(join(dir, 'cut.pdf'), minimalPdf().subarray(0, 60));
  // text in a font that maps its codes to no characters (what a font without a ToUnicode map gives)
  writeFileSync(join(dir, 'unmapped.pdf'), minimalPdf({ text: '\\001\\002\\003\\004\\005\\006\\007\\016\\017' }));
  writeFileSync(join(dir, 'latin.pdf'), minimalPdf({ text: 'Annual report 2023' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongbao parse FILE.pdf', () => {
  it('reads the document off the pages, by content whatever the name', () => {
    copyFileSync(NOTICE, join(dir, 'notice.bin'));
    const r = run(['parse', join(dir, 'notice.bin'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.source.format).toBe('pdf');
    expect(j.issues[0].documents.map((d: { docNumber: string }) => d.docNumber)).toEqual(['鲁监能市场〔2024〕35号']);
  });
  it('reads a PDF from standard input', () => {
    const r = run(['parse', '-', '--json'], readFileSync(NOTICE));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).issues[0].documents[0].signDate).toBe('2024-06-17');
  });
  it('accounts for every printed line with --check', () => {
    const r = run(['parse', NOTICE, '--check']);
    expect([r.code, r.stdout]).toEqual([0, expect.stringMatching(/unaccounted\s+0/)]);
  });
  it.each([
    ['scan.pdf', /scan\.pdf: has no text layer \(1 page without text: a scan\?\): run OCR first$/],
    ['locked.pdf', /locked\.pdf: is an encrypted PDF \(password-protected\): cannot read its text$/],
    ['cut.pdf', /cut\.pdf: is a damaged PDF \(.+\)$/],
    ['unmapped.pdf', /unmapped\.pdf: its fonts map 100% of the characters to no text \(no ToUnicode map\): run OCR first$/],
  ])('%s: one line naming the file and the problem, exit 1, nothing on stdout', (name, message) => {
    const r = run(['parse', join(dir, name), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
  it('a PDF whose text maps to characters is read, whatever its language', () => {
    const r = run(['parse', join(dir, 'latin.pdf'), '--json']);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).not.toContain('pdf-unreadable-text');
    expect(r.stdout).toContain('Annual report 2023');
  });
  it('--input-format pdf on a text file says it is not a PDF', () => {
    writeFileSync(join(dir, 'plain.txt'), '某市人民政府关于某某的通知\n');
    const r = run(['parse', '--input-format', 'pdf', join(dir, 'plain.txt')]);
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/plain\.txt: is a damaged PDF/)]);
  });
});

describe('convert and index take PDFs in folders', () => {
  it('converts the PDFs of a folder (format pdf in the manifest); a bad one fails alone', () => {
    const src = join(dir, 'in');
    mkdirSync(src);
    copyFileSync(NOTICE, join(src, 'notice.pdf'));
    copyFileSync(join(dir, 'locked.pdf'), join(src, 'locked.pdf'));
    const out = join(dir, 'out');
    const r = run(['convert', src, '-o', out, '--no-progress']);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { path: string; status: string; format?: string }[];
    expect(manifest.map((m) => [m.path.split('/').pop(), m.status, m.format ?? null])).toEqual([['locked.pdf', 'failed', null], ['notice.pdf', 'ok', 'pdf']]);
  });
  it('indexes a PDF and finds its text', () => {
    const idx = join(dir, 'index');
    expect(run(['index', NOTICE, '--index', idx, '-q']).code).toBe(0);
    const r = run(['search', '现货市场', '--index', idx, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hits.map((h: { docNumber: string }) => h.docNumber)).toEqual(['鲁监能市场〔2024〕35号']);
  });
});

describe('damaged PDFs never escape as crashes', () => {
  const good = readFileSync(join(FIXTURES, 'pdf', 'shape-notice.pdf'));
  // a fixed sequence of damage: cut at fractions of the file, bytes overwritten at fixed strides
  const variants: [string, Buffer][] = [
    ...[0.1, 0.3, 0.5, 0.7, 0.9, 0.99].map((f): [string, Buffer] => [`cut at ${f * 100}%`, good.subarray(0, Math.floor(good.length * f))]),
    ...[97, 331, 1009, 4099].map((stride): [string, Buffer] => {
      const b = Buffer.from(good);
      for (let i = 64; i < b.length; i += stride) b[i] = (b[i] * 31 + 7) & 0xff;
      return [`every ${stride}th byte changed`, b];
    }),
  ];
  it.each(variants)('%s: a parse or one InputError, nothing else', async (_, bytes) => {
    const { parseBytes } = await import('../src/parseBytes.js');
    const { InputError } = await import('../src/read/readSource.js');
    try {
      const o = await parseBytes('damaged.pdf', bytes);
      expect(o.result.source.format).toBe('pdf');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(/^damaged\.pdf: /);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
