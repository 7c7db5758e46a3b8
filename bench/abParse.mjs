// A/B parse speed of two builds on the same fixtures, in one run: `node bench/abParse.mjs OLD_ROOT [NEW_ROOT]`
// (each ROOT a checkout with its dist/ built; NEW_ROOT defaults to this one). Rounds alternate between the builds
// (A B B A …) so that a machine that slows down or speeds up during the run weighs on both alike; each round
// parses every fixture once per build. Prints the median time per fixture and the ratio new / old.
// AB_ROUNDS (default 20) sets the rounds, AB_ONLY=NAME keeps the fixtures whose name holds NAME.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const [oldRoot, newRoot = here] = process.argv.slice(2).map((p) => resolve(p));
if (!oldRoot) {
  console.error('usage: node bench/abParse.mjs OLD_ROOT [NEW_ROOT]');
  process.exit(2);
}
const rounds = Number(process.env.AB_ROUNDS ?? 20);
const load = async (root) => (await import(pathToFileURL(join(root, 'dist', 'parse.js')).href)).parseGazette;
const builds = [{ name: 'old', parse: await load(oldRoot) }, { name: 'new', parse: await load(newRoot) }];

const fixtures = join(here, 'fixtures');
const files = [
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f)),
  ...readdirSync(join(fixtures, 'html')).filter((f) => f.endsWith('.html')).map((f) => join(fixtures, 'html', f)),
].map((path) => ({ name: path.slice(fixtures.length + 1), text: readFileSync(path, 'utf8'), path }))
  // AB_ONLY=part-of-a-name: those fixtures alone (a small page measured without the large gazettes beside it)
  .filter((f) => !process.env.AB_ONLY || f.name.includes(process.env.AB_ONLY));

const times = new Map(files.map((f) => [f.name, { old: [], new: [] }]));
for (const b of builds) for (const f of files) b.parse({ text: f.text, path: f.path }); // warm-up
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? builds : [...builds].reverse();
  for (const b of order) {
    for (const f of files) {
      const t0 = performance.now();
      b.parse({ text: f.text, path: f.path });
      times.get(f.name)[b.name].push(performance.now() - t0);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}, ${rounds} alternating rounds; old = ${oldRoot}, new = ${newRoot}`);
console.log('| fixture | KB | old ms (median) | new ms (median) | new / old |');
console.log('|---|---|---|---|---|');
let sumOld = 0;
let sumNew = 0;
for (const f of files) {
  const t = times.get(f.name);
  const o = median(t.old);
  const n = median(t.new);
  sumOld += o;
  sumNew += n;
  console.log(`| ${f.name} | ${(Buffer.byteLength(f.text) / 1024).toFixed(0)} | ${o.toFixed(2)} | ${n.toFixed(2)} | ${(n / o).toFixed(2)} |`);
}
console.log(`| all | | ${sumOld.toFixed(1)} | ${sumNew.toFixed(1)} | ${(sumNew / sumOld).toFixed(2)} |`);
