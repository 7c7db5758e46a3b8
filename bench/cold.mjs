// Cold whole commands against a bare `node -e ""` (issue #22, item 2): median of 15 runs each, one after another.
// Usage: node bench/cold.mjs NODE BIN INDEX_DIR   (e.g. node bench/cold.mjs $(which node) bin/gongbao.js ~/.local/share/gongbao/index)
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
const [node, bin, idx] = process.argv.slice(2);
const time = (args) => { const xs = []; for (let i = 0; i < 15; i++) { const t = performance.now(); spawnSync(node, args, { stdio: 'ignore' }); xs.push(performance.now() - t); } xs.sort((a, b) => a - b); return xs[7]; };
const bare = time(['-e', '']);
const search = time([bin, 'search', '营商环境', '--index', idx, '--json']);
const parse = time([bin, 'parse', new URL('../fixtures/html/nea_sdb_lujianneng_2024_35_notice_joint3.html', import.meta.url).pathname, '--json']);
const version = time([bin, '--version']);
console.log(JSON.stringify({ node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), bare: bare.toFixed(0), version: version.toFixed(0), search: search.toFixed(0), ratio: (search / bare).toFixed(2), parseHtml: parse.toFixed(0) }));
