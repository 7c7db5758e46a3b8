// `gongbao convert` on a synthetic corpus made by varying the fixtures (document numbers renumbered, a
// serial line added), with --jobs 1 and --jobs 2: files/s, MB/s, speed-up and peak memory (VmHWM of the
// process, all worker threads included). Two corpus sizes show whether memory grows with the corpus.
// Usage: node bench/convert.mjs [files] (default 1000). Results: bench/RESULTS.md.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gongbao.js');
const n = Number(process.argv[2] ?? 1000);
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));

function makeCorpus(dir, count) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = fixtures[i % fixtures.length];
    // renumber every 发文字号 serial so each file holds different documents
    const text = base.replace(/([〔\[［]20\d\d[〕\]］]\s*)(\d+)(\s*号)/g, (_, a, num, b) => `${a}${Number(num) + 100 * (Math.floor(i / fixtures.length) + 1)}${b}`) + `\n\n（合成样本 ${i}）\n`;
    const sub = join(dir, `y${2000 + (i % 20)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `g${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function runConvert(corpus, out, jobs) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, 'convert', corpus, '-o', out, '--jobs', String(jobs), '--no-progress', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* exited */ }
    }, 50);
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      resolve({ code, seconds, peakMb: peakKb / 1024, summary: JSON.parse(stdout || '{}') });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'gongbao-bench-'));
const rows = [];
for (const count of [Math.round(n / 2), n]) {
  const corpus = join(work, `corpus${count}`);
  const bytes = makeCorpus(corpus, count);
  for (const jobs of [1, 2]) {
    const out = join(work, `out${count}-${jobs}`);
    const r = await runConvert(corpus, out, jobs);
    rows.push({ count, jobs, mb: bytes / 1048576, ...r });
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(corpus, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

console.log(`node ${process.version}, ${cpus()[0]?.model ?? '?'} x${cpus().length}`);
console.log('| gazettes | MB | jobs | seconds | files/s | MB/s | speed-up | peak RSS MB | documents |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const one = rows.find((x) => x.count === r.count && x.jobs === 1);
  console.log(`| ${r.count} | ${r.mb.toFixed(0)} | ${r.jobs} | ${r.seconds.toFixed(1)} | ${(r.count / r.seconds).toFixed(1)} | ${(r.mb / r.seconds).toFixed(2)} | ${(one.seconds / r.seconds).toFixed(2)}× | ${r.peakMb.toFixed(0)} | ${r.summary.documents ?? '?'} |`);
}
