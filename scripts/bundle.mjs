#!/usr/bin/env node
// After tsc: the command and its two workers bundled by rolldown into dist/bundle/ (a cold `gongbao parse` loads
// one file and a few chunks instead of ~300 modules of unified, rehype, remark and their helpers). Native addons,
// pdf.js (loaded only for a PDF, with its own files) and piscina stay packages. bin/gongbao.js runs the bundle when
// it is there and dist/cli/main.js when it is not.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'rolldown';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  // the workers keep their names: the pool finds them beside the code that starts it (./worker.js, ./indexWorker.js)
  input: { gongbao: 'dist/cli/main.js', worker: 'dist/convert/worker.js', indexWorker: 'dist/search/indexWorker.js' },
  platform: 'node',
  external: [/^node:/, 'better-sqlite3', '@node-rs/jieba', 'nodejieba', /^pdfjs-dist/, 'piscina'],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
  logLevel: 'warn',
});

// the man page, from the program's own commands and help texts (package.json's `man` installs it globally)
const { buildProgram } = await import('../dist/cli/main.js');
const { manPage } = await import('../dist/cli/manPage.js');
const { GENERATOR } = await import('../dist/version.js');
writeFileSync('dist/gongbao.1', manPage(buildProgram(), GENERATOR.version));
