// PDF and HTML input, beside the text path. Run with `npm run bench` (builds first). Results: bench/RESULTS.md.
// - PDF: a 300-page PDF (the fixture statute law001-one-column.pdf, 15 pages, copied 20 times with pdf-lib), parsed
//   in a child process each time: pages/s and peak RSS; beside it `pdftotext -layout` (poppler, when installed) on
//   the same file, and gongbao's text path on pdftotext's output — the way PDFs were read before.
// - HTML: the five saved pages of fixtures/html, repeated to ≥ BENCH_HTML_MB (default 10) MB: MB/s of the parse,
//   beside rehype-parse alone on the same pages.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { parseGazette } from '../dist/parse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'gongbao-bench-formats-'));
const REPS = Number(process.env.BENCH_PDF_REPS ?? 3);

async function bigPdf(copies) {
  const src = await PDFDocument.load(readFileSync(join(root, 'fixtures/pdf/law001-one-column.pdf')));
  const out = await PDFDocument.create();
  for (let i = 0; i < copies; i++) for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
  const path = join(dir, `law001x${copies}.pdf`);
  writeFileSync(path, await out.save());
  return { path, pages: out.getPageCount() };
}

/** Run a command REPS times: the best wall time and its peak RSS (GNU time's %M when there, else none). */
function timed(cmd, args) {
  let best = Infinity;
  let rss = null;
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    const kb = Number(r.stderr.trim().split('\n').pop());
    if (ms < best) {
      best = ms;
      rss = Number.isFinite(kb) ? kb / 1024 : null;
    }
  }
  return { ms: best, rssMb: rss };
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
if (!hasTime) console.log('(GNU time not installed: peak RSS not measured)');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const { path, pages } = await bigPdf(20);
const bin = join(root, 'bin/gongbao.js');
const run = (c, a) => (hasTime ? timed(c, a) : { ...timedPlain(c, a), rssMb: null });
function timedPlain(cmd, args) {
  let best = Infinity;
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    spawnSync(cmd, args, { maxBuffer: 1 << 30 });
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best };
}
const ours = run(process.execPath, [bin, 'parse', path, '--json', '-o', join(dir, 'out.json')]);
const parsed = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
const docs = parsed.issues.flatMap((i) => i.documents).length;
console.log(`PDF ${pages} pages (${(readFileSync(path).length / 1048576).toFixed(1)} MB): gongbao parse ${ours.ms.toFixed(0)} ms = ${(pages / (ours.ms / 1000)).toFixed(0)} pages/s, peak RSS ${ours.rssMb?.toFixed(0) ?? '?'} MB, ${docs} documents`);
if (has('pdftotext')) {
  const ref = run('pdftotext', ['-layout', path, join(dir, 'big.txt')]);
  const viaText = run(process.execPath, [bin, 'parse', join(dir, 'big.txt'), '--json', '-o', join(dir, 'out2.json')]);
  console.log(`  pdftotext -layout ${ref.ms.toFixed(0)} ms (${(pages / (ref.ms / 1000)).toFixed(0)} pages/s, peak RSS ${ref.rssMb?.toFixed(0) ?? '?'} MB); gongbao/pdftotext ${(ours.ms / ref.ms).toFixed(2)}×`);
  console.log(`  pdftotext + gongbao's text path ${(ref.ms + viaText.ms).toFixed(0)} ms; reading the PDF itself costs ${(ours.ms / (ref.ms + viaText.ms)).toFixed(2)}× that`);
} else console.log('  (pdftotext not installed: no reference run)');

const pagesDir = join(root, 'fixtures/html');
const html = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(pagesDir, f), 'utf8'));
const bytes = html.reduce((n, t) => n + Buffer.byteLength(t), 0);
const reps = Math.max(1, Math.ceil((Number(process.env.BENCH_HTML_MB ?? 10) * 1048576) / bytes));
const mb = (bytes * reps) / 1048576;
for (const t of html) parseGazette({ text: t, path: 'page.html' });
let t0 = performance.now();
for (let i = 0; i < reps; i++) for (const t of html) parseGazette({ text: t, path: 'page.html' });
const parseS = (performance.now() - t0) / 1000;
const rehype = unified().use(rehypeParse);
t0 = performance.now();
for (let i = 0; i < reps; i++) for (const t of html) rehype.parse(t);
const rehypeS = (performance.now() - t0) / 1000;
console.log(`HTML ${html.length} pages × ${reps} (${mb.toFixed(1)} MB): gongbao parse ${(mb / parseS).toFixed(2)} MB/s; rehype-parse alone ${(mb / rehypeS).toFixed(2)} MB/s (the parse costs ${(parseS / rehypeS).toFixed(2)}× rehype-parse)`);
rmSync(dir, { recursive: true, force: true });
