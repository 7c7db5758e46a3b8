// Parse throughput on the fixtures (repeated to ≥ 50 MB), peak memory, and remark-parse alone on the
// same markdown, for comparison. Run with `npm run bench` (builds first). Results: bench/RESULTS.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseGazette } from '../dist/parse.js';
import { toLines } from '../dist/blocks/toLines.js';
import { parseMarkdown } from '../dist/blocks/markdownLines.js';
import { dropNoise } from '../dist/segment/page/dropNoise.js';
import { repairLayout } from '../dist/repair/repairLayout.js';
import { extractCitations } from '../dist/cite/extractCitations.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = Number(process.env.BENCH_MB ?? 50) * 1024 * 1024;
const files = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(join(root, 'fixtures', f), 'utf8') }));

let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

function measure(label, fn, text) {
  const bytes = Buffer.byteLength(text);
  const reps = Math.max(1, Math.ceil(target / bytes));
  fn(text); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn(text);
  const ms = performance.now() - t0;
  sample();
  return { label, reps, mb: (bytes * reps) / 1048576, seconds: ms / 1000, mbps: (bytes * reps) / 1048576 / (ms / 1000) };
}

const rows = [];
for (const f of files) {
  const full = measure('parse', (t) => parseGazette({ text: t, path: f.name }), f.text);
  const lines = measure('blocks', (t) => toLines(t), f.text);
  const fmt = toLines(f.text).format;
  const remark = fmt === 'markdown' ? measure('remark', (t) => parseMarkdown(t), f.text) : null;
  // the repair stage alone, on the lines it receives in a parse (same number of repetitions as the parse)
  const kept = dropNoise(toLines(f.text).lines);
  const furniture = new Set(kept.dropped.map((d) => d.lines.start));
  const repairT0 = performance.now();
  for (let i = 0; i < full.reps; i++) repairLayout(kept.kept, furniture, []);
  const repairSeconds = (performance.now() - repairT0) / 1000;
  // citation extraction alone, over the documents of one parse, repeated as often as the parse
  const docs = parseGazette({ text: f.text, path: f.name }).issues.flatMap((i) => i.documents);
  const citeT0 = performance.now();
  for (let i = 0; i < full.reps; i++) for (const d of docs) extractCitations(d);
  const citeSeconds = (performance.now() - citeT0) / 1000;
  rows.push({ file: f.name, format: fmt, full, lines, remark, repairShare: repairSeconds / full.seconds, citeShare: citeSeconds / full.seconds });
}
clearInterval(timer);

console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${(await import('node:os')).cpus()[0]?.model ?? '?'} x${(await import('node:os')).cpus().length}`);
console.log('| fixture | format | MB parsed | parse MB/s | blocks stage MB/s | remark-parse alone MB/s | parse / remark | repair stage share of parse | citation extraction share of parse |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = r.remark ? (r.remark.mbps / r.full.mbps).toFixed(2) + '×' : 'n/a (plain text)';
  console.log(`| ${r.file} | ${r.format} | ${r.full.mb.toFixed(1)} | ${r.full.mbps.toFixed(2)} | ${r.lines.mbps.toFixed(2)} | ${r.remark ? r.remark.mbps.toFixed(2) : '–'} | ${ratio} | ${(r.repairShare * 100).toFixed(1)}% | ${(r.citeShare * 100).toFixed(1)}% |`);
}
console.log(`peak RSS: ${(peakRss / 1048576).toFixed(0)} MB`);
