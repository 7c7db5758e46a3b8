// Search benchmarks. (1) Judged queries on the fixtures: recall@10 and MRR of `gongbao search`, next to a
// plain substring scan, for each segmenter. (2) Segmenters side by side: dictionary load time, MB/s, RSS.
// (3) A synthetic corpus of >= N documents (default 10,000, made by renumbering the fixtures): index build
// MB/s, size on disk, load time, in-process query latency p50/p99, whole-command `gongbao search` wall
// time from a cold start, peak memory, and `rg` over the raw text of the same corpus.
// Usage: node bench/search.mjs [documents]. Results: bench/RESULTS.md.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIndex } from '../dist/search/indexer.js';
import { loadIndex } from '../dist/search/indexStore.js';
import { parseQuery } from '../dist/search/queryParser.js';
import { search } from '../dist/search/search.js';
import { loadSegmenter } from '../dist/search/segmenter.js';
import { readMeta } from '../dist/search/indexStore.js';
import { citationGraph, toDot } from '../dist/cite/graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gongbao.js');
const target = Number(process.argv[2] ?? 10000);
const work = mkdtempSync(join(tmpdir(), 'gongbao-search-bench-'));
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
const judged = JSON.parse(readFileSync(join(root, 'test', 'search', 'queries.json'), 'utf8')).queries;
const out = [];
const log = (s) => { out.push(s); console.log(s); };
const du = (p) => Number(spawnSync('du', ['-sb', p], { encoding: 'utf8' }).stdout.split('\t')[0]);

log(`node ${process.version}, ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${new Date().toISOString().slice(0, 10)}`);

// (1) + (2) per segmenter, on the fixtures
const fixDir = join(work, 'fixtures');
mkdirSync(fixDir);
for (const f of fixtures) writeFileSync(join(fixDir, f), readFileSync(join(root, 'fixtures', f)));
const fixtureText = fixtures.map((f) => readFileSync(join(root, 'fixtures', f), 'utf8')).join('\n');
log('\n| segmenter | dictionary load ms | segmentation MB/s | RSS after load MB | recall@10 | MRR |');
log('|---|---|---|---|---|---|');
const sampleFile = join(work, 'sample.txt');
writeFileSync(sampleFile, fixtureText);
for (const name of ['node-rs-jieba', 'nodejieba']) {
  const probe = spawnSync(process.execPath, ['--input-type=module', '-e', `
    const { loadSegmenter } = await import(${JSON.stringify(join(root, 'dist/search/segmenter.js'))});
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(${JSON.stringify(sampleFile)}, 'utf8');
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now(); const s = loadSegmenter(${JSON.stringify(name)}); const t1 = performance.now();
    let n = 0; const t2 = performance.now(); for (let i = 0; i < 5; i++) n += s.cutForSearch(text).length; const t3 = performance.now();
    console.log(JSON.stringify({ load: t1 - t0, mbps: 5 * Buffer.byteLength(text) / 1048576 / ((t3 - t2) / 1000), rss: process.memoryUsage().rss / 1048576 }));`], { encoding: 'utf8' });
  if (probe.status !== 0) { log(`| ${name} | not installed | | | | |`); continue; }
  const m = JSON.parse(probe.stdout.trim().split('\n').pop());
  const dir = join(work, `idx-${name}`);
  await runIndex([fixDir], { dir, segmenter: name });
  const idx = await loadIndex(dir);
  let found = 0, total = 0, rr = 0;
  for (const q of judged) {
    const hits = search(idx, parseQuery(q.q), 10).map((h) => h.doc.docNumber);
    total += q.expect.length;
    found += q.expect.filter((e) => hits.includes(e)).length;
    const first = hits.findIndex((h) => q.expect.includes(h));
    rr += first >= 0 ? 1 / (first + 1) : 0;
  }
  log(`| ${name} | ${m.load.toFixed(0)} | ${m.mbps.toFixed(2)} | ${m.rss.toFixed(0)} | ${(found / total).toFixed(3)} | ${(rr / judged.length).toFixed(3)} |`);
}
// the substring-scan baseline is what the judged expectations were made with: recall 1.0 by construction,
// but it has no ranking (MRR depends on file order) and reads every byte of every file per query
log('(substring scan over the raw text: recall@10 1.000 by construction of the judged set, no ranking)');

// (3) synthetic corpus
const corpus = join(work, 'corpus');
mkdirSync(corpus);
let docs = 0, bytes = 0, k = 0;
const perSet = 36;
while (docs < target) {
  for (const f of fixtures) {
    const base = readFileSync(join(root, 'fixtures', f), 'utf8');
    const text = base.replace(/([〔\[［]20\d\d[〕\]］]\s*)(\d+)(\s*号)/g, (_, a, n, b) => `${a}${Number(n) + 100 * (k + 1)}${b}`) + `\n\n（合成样本 ${k}）\n`;
    const p = join(corpus, `s${String(k).padStart(4, '0')}-${f}`);
    writeFileSync(p, text);
    bytes += Buffer.byteLength(text);
  }
  docs += perSet;
  k++;
}
const idxDir = join(work, 'big-index');
// one build, its peak memory measured by /usr/bin/time (GNU time's %M: max RSS in KB)
const t0 = performance.now();
const build = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--max-old-space-size=8192', bin, 'index', corpus, '--index', idxDir, '--json'], { encoding: 'utf8' });
const buildS = (performance.now() - t0) / 1000;
if (build.status !== 0) { log(`index build failed: ${build.stderr.slice(-500)}`); process.exit(1); }
const peakBuildMb = Number(build.stderr.trim().split('\n').pop()) / 1024;

const t1 = performance.now();
const big = await loadIndex(idxDir);
const loadMs = performance.now() - t1;
const queries = judged.map((q) => q.q).concat(['营商环境', '审批', '残疾人 就业', '安全生产', '"一网通办"', '应急 -演练', '通知 year:2021', '公安局']);
const lat = [];
for (let rep = 0; rep < 5; rep++) for (const q of queries) { const a = performance.now(); search(big, parseQuery(q), 10); lat.push(performance.now() - a); }
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))];
const rss = process.memoryUsage().rss / 1048576;

const word = '营商环境';
const cold = [];
for (let i = 0; i < 3; i++) { const a = performance.now(); spawnSync(process.execPath, [bin, 'search', word, '--index', idxDir, '--json'], { encoding: 'utf8' }); cold.push(performance.now() - a); }
let rgMs = NaN;
const hasRg = spawnSync('rg', ['--version']).status === 0;
if (hasRg) {
  const runs = [];
  for (let i = 0; i < 3; i++) { const a = performance.now(); spawnSync('rg', ['-l', word, corpus]); runs.push(performance.now() - a); }
  rgMs = Math.min(...runs);
}
log(`\nsynthetic corpus: ${k * fixtures.length} files, ${docs} documents, ${(bytes / 1048576).toFixed(0)} MB`);
log('| index build s | build MB/s | build peak RSS MB | index on disk MB | load ms | query p50 ms | query p99 ms | RSS after load+queries MB | `gongbao search` cold ms (best of 3) | `rg -l` ms (best of 3) |');
log('|---|---|---|---|---|---|---|---|---|---|');
log(`| ${buildS.toFixed(1)} | ${(bytes / 1048576 / buildS).toFixed(2)} | ${peakBuildMb.toFixed(0)} | ${(du(idxDir) / 1048576).toFixed(0)} | ${loadMs.toFixed(0)} | ${pct(0.5).toFixed(1)} | ${pct(0.99).toFixed(1)} | ${rss.toFixed(0)} | ${Math.min(...cold).toFixed(0)} | ${hasRg ? rgMs.toFixed(0) : 'rg not installed'} |`);
// citation graph export on the big index (what `gongbao refs --graph` does after reading the metadata)
const meta = readMeta(idxDir);
const g0 = performance.now();
const graph = citationGraph(meta.docs);
const g1 = performance.now();
const dot = toDot(graph);
const g2 = performance.now();
const resolvedEdges = graph.edges.filter((e) => e.by).length;
log(`\ncitation graph of the ${Object.keys(meta.docs).length}-document index: ${graph.nodes.length} nodes, ${graph.edges.length} edges (${resolvedEdges} resolved); build ${(g1 - g0).toFixed(0)} ms, DOT ${(g2 - g1).toFixed(0)} ms (${(dot.length / 1048576).toFixed(1)} MB)`);
rmSync(work, { recursive: true, force: true });
