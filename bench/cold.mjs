// Cold whole commands against a bare `node -e ""` (issue #22, item 2): 21 rounds, each round running every command
// once in turn (so a slow stretch of the machine hits all of them alike), median of each.
// Usage: node bench/cold.mjs NODE BIN INDEX_DIR   (e.g. node bench/cold.mjs $(which node) bin/gongbao.js ~/.local/share/gongbao/index)
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
const [node, bin, idx] = process.argv.slice(2);
const page = new URL('../fixtures/html/nea_sdb_lujianneng_2024_35_notice_joint3.html', import.meta.url).pathname;
const commands = {
  bare: ['-e', ''],
  version: [bin, '--version'],
  search: [bin, 'search', '营商环境', '--index', idx, '--json'],
  parseHtml: [bin, 'parse', page, '--json'],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let round = 0; round < 21; round++) {
  for (const [k, args] of Object.entries(commands)) {
    const t = performance.now();
    spawnSync(node, args, { stdio: 'ignore' });
    times[k].push(performance.now() - t);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
console.log(JSON.stringify({ node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), bare: m.bare.toFixed(0), version: m.version.toFixed(0), search: m.search.toFixed(0), ratio: (m.search / m.bare).toFixed(2), parseHtml: m.parseHtml.toFixed(0) }));
