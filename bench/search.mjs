// Search benchmark (issue #10): synthetic corpora of N documents (default 10,000 and 100,000) made from the
// fixtures — 发文字号 renumbered and body paragraphs shuffled per copy, so no two texts are byte-identical.
// For each: index build (whole `gongbao index`, 2 cores) MB/s and peak RSS, index size on disk against the
// text, in-process query p50/p99, recall against a substring scan of every document's text, the whole
// `gongbao search` command cold (median of 11) next to a bare `node -e ""` and `rg -F -l` over the same
// texts, and adding / replacing one gazette in the built index. The jieba tokenizer is built at the first size.
// Usage: node bench/search.mjs [N...]   (results: printed, and pasted into bench/RESULTS.md)
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gongbao.js');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (!sizes.length) sizes.push(10000, 100000);
const work = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'gongbao-search-bench-'));
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
const judged = JSON.parse(readFileSync(join(root, 'test', 'search', 'queries.json'), 'utf8')).queries;
// the judged queries, and very common words (thousands of matches at 100k)
const queries = judged.map((q) => q.q).concat(['营商环境', '审批', '工作', '通知', '人民政府', '安全生产', '"一网通办"', '应急 -演练', '公安局', '残疾人 就业', '年', '实施 方案']);
const started = Date.now();
const du = (p) => Number(spawnSync('du', ['-sb', p], { encoding: 'utf8' }).stdout.split('\t')[0]);
const mb = (b) => b / 1048576;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (s) => console.log(s);

/** A deterministic PRNG (mulberry32), so a corpus is the same on every run. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// body paragraphs: long lines that do not open an article, an item or a heading
const isBodyParagraph = (l) => l.length >= 40 && !/^\s*(第[一二三四五六七八九十百零〇\d]+[条章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|#|>)/.test(l);
function variant(text, k) {
  const rand = rng(k + 1);
  // 发文字号 renumbered per copy: serial + 100 × (1..900), the year moved on every 900 copies, so numbers stay
  // unique and within 5 digits (a 6-digit serial is not a 发文字号: the documents would not be recognised)
  const lines = text.replace(/([〔\[［])(20\d\d)([〕\]］]\s*)(\d+)(\s*号)/g, (_, a, y, c, n, b) => `${a}${Number(y) + Math.floor(k / 900)}${c}${Number(n) + 100 * ((k % 900) + 1)}${b}`).split('\n');
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (isBodyParagraph(lines[j]) || (lines[j] === '' && j + 1 < lines.length && isBodyParagraph(lines[j + 1]) && j > i))) j++;
    const run = lines.slice(i, j).filter((l) => l !== '');
    if (run.length > 1) {
      for (let x = run.length - 1; x > 0; x--) { const y = Math.floor(rand() * (x + 1)); [run[x], run[y]] = [run[y], run[x]]; }
      let r = 0;
      for (let x = i; x < j; x++) if (lines[x] !== '') lines[x] = run[r++];
    }
    i = Math.max(j, i + 1);
  }
  return lines.join('\n') + `\n\n（合成样本 ${k}）\n`;
}
function makeCorpus(dir, target) {
  mkdirSync(dir, { recursive: true });
  let docs = 0, bytes = 0, k = 0;
  const base = fixtures.map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  while (docs < target) {
    base.forEach((t, i) => {
      const text = variant(t, k);
      const sub = join(dir, String(Math.floor(k / 500)).padStart(3, '0'));
      if (k % 500 === 0 && i === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `s${String(k).padStart(5, '0')}-${fixtures[i]}`), text);
      bytes += Buffer.byteLength(text);
    });
    docs += 36;
    k++;
  }
  return { docs, bytes, files: k * fixtures.length, k };
}
function timed(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: performance.now() - t, r };
}
function build(corpus, dir, extra = []) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'index', corpus, '--index', dir, '--json', '-q', '--no-progress', ...extra], { encoding: 'utf8' });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`index build failed: ${r.stderr.slice(-500)}`);
  return { s, peakMb: Number(r.stderr.trim().split('\n').pop()) / 1024, size: du(dir) };
}
// in-process: p50/p99 over 5 rounds of every query, and recall/precision of the matches against a substring scan
const probe = (dir) => {
  const script = `
    const { loadIndex, documentAt } = await import(${JSON.stringify(join(root, 'dist/search/indexStore.js'))});
    const { search, matchingDocs } = await import(${JSON.stringify(join(root, 'dist/search/search.js'))});
    const { parseQuery } = await import(${JSON.stringify(join(root, 'dist/search/queryParser.js'))});
    const { fullText } = await import(${JSON.stringify(join(root, 'dist/search/records.js'))});
    const { comparableText } = await import(${JSON.stringify(join(root, 'dist/text/normalize.js'))});
    const queries = ${JSON.stringify(queries)};
    const idx = loadIndex(${JSON.stringify(dir)});
    for (const q of queries) search(idx, parseQuery(q), 10);
    const lat = [];
    for (let rep = 0; rep < 5; rep++) for (const q of queries) { const a = performance.now(); search(idx, parseQuery(q), 10); lat.push(performance.now() - a); }
    lat.sort((a, b) => a - b);
    const pct = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))];
    const worst = queries.map((q) => { const a = performance.now(); search(idx, parseQuery(q), 10); return [performance.now() - a, q]; }).sort((a, b) => b[0] - a[0])[0];
    // recall: the queries without filters, matches vs a scan of every stored document's text
    const plain = queries.map((s) => ({ s, q: parseQuery(s) })).filter(({ q }) => !Object.values(q.filters).some((v) => v !== undefined));
    const want = plain.map(() => new Set());
    for (const row of idx.db.prepare('SELECT id, num FROM docs').all()) {
      const cmp = comparableText(fullText(documentAt(idx, row.num)));
      plain.forEach(({ q }, i) => {
        const ok = [...q.terms, ...q.phrases].every((w) => cmp.includes(comparableText(w))) && q.alternatives.every((g) => g.some((w) => cmp.includes(comparableText(w)))) && !q.excludes.some((w) => cmp.includes(comparableText(w)));
        if (ok) want[i].add(row.id);
      });
    }
    let found = 0, total = 0, returned = 0, minRecall = 1;
    plain.forEach(({ q }, i) => {
      const got = matchingDocs(idx, q);
      const hit = [...want[i]].filter((x) => got.has(x)).length;
      found += hit; total += want[i].size; returned += got.size;
      if (want[i].size) minRecall = Math.min(minRecall, hit / want[i].size);
    });
    console.log(JSON.stringify({ p50: pct(0.5), p99: pct(0.99), worst, recall: total ? found / total : 1, minRecall, precision: returned ? found / returned : 1, queries: plain.length, matches: total, rss: process.memoryUsage().rss / 1048576 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr.slice(-800));
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
const cold = (corpus, dir) => {
  const runs = { node: [], gongbao: [], rg: [] };
  const words = ['营商环境', '行政执法监督', '残疾人'];
  for (let i = 0; i < 11; i++) {
    const w = words[i % words.length];
    runs.node.push(timed(process.execPath, ['-e', '']).ms);
    const g = timed(process.execPath, [bin, 'search', w, '--index', dir, '--json']);
    if (g.r.status !== 0) throw new Error(`search failed: ${g.r.stderr}`);
    runs.gongbao.push(g.ms);
    runs.rg.push(timed('rg', ['-F', '-l', w, corpus]).ms);
  }
  return { node: median(runs.node), gongbao: median(runs.gongbao), rg: median(runs.rg) };
};

log(`node ${process.version}, ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${new Date().toISOString().slice(0, 10)}; ${queries.length} queries`);
log('\n| tokenizer | docs | text MB | build s | build MB/s | build peak RSS MB | index on disk MB (× text) | query p50 / p99 ms (slowest) | recall (min per query) / precision | cold `gongbao search` ms | bare `node -e ""` ms | ratio | `rg -F -l` ms | rg / gongbao | add one gazette ms | replace it ms |');
log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [n, size] of sizes.entries()) {
  const corpus = join(work, `corpus-${size}`);
  const c = makeCorpus(corpus, size);
  const tokenizers = n === 0 ? ['bigram', 'jieba'] : ['bigram'];
  for (const tok of tokenizers) {
    const dir = join(work, `index-${size}-${tok}`);
    const b = build(corpus, dir, tok === 'jieba' ? ['--tokenizer', 'jieba'] : []);
    const p = probe(dir);
    const w = cold(corpus, dir);
    // one more gazette, then the same one changed (the two copies after the corpus's last: no corpus file has them)
    const extra = join(work, `extra-${size}.txt`);
    writeFileSync(extra, variant(readFileSync(join(root, 'fixtures', fixtures[0]), 'utf8'), c.k));
    const add = timed(process.execPath, [bin, 'index', extra, '--index', dir, '-q']);
    writeFileSync(extra, variant(readFileSync(join(root, 'fixtures', fixtures[0]), 'utf8'), c.k + 1));
    const replace = timed(process.execPath, [bin, 'index', extra, '--index', dir, '-q']);
    log(`| ${tok} | ${c.docs} | ${mb(c.bytes).toFixed(0)} | ${b.s.toFixed(0)} | ${(mb(c.bytes) / b.s).toFixed(2)} | ${b.peakMb.toFixed(0)} | ${mb(b.size).toFixed(0)} (${(b.size / c.bytes).toFixed(2)}×) | ${p.p50.toFixed(1)} / ${p.p99.toFixed(1)} (${p.worst[0].toFixed(0)} ms: ${p.worst[1]}) | ${p.recall.toFixed(3)} (${p.minRecall.toFixed(3)}) / ${p.precision.toFixed(3)} over ${p.queries} queries, ${p.matches} matches | ${w.gongbao.toFixed(0)} | ${w.node.toFixed(0)} | ${(w.gongbao / w.node).toFixed(2)}× | ${w.rg.toFixed(0)} | ${(w.rg / w.gongbao).toFixed(1)}× | ${add.ms.toFixed(0)} | ${replace.ms.toFixed(0)} |`);
    rmSync(dir, { recursive: true, force: true });
  }
  rmSync(corpus, { recursive: true, force: true });
}
log(`\nbench duration: ${((Date.now() - started) / 60000).toFixed(1)} min`);
rmSync(work, { recursive: true, force: true });
