#!/usr/bin/env node
// the bundled command (scripts/bundle.mjs) when it is built, else tsc's output; a clone installed without its dev
// dependencies has neither: say so in one line
let main;
for (const entry of ['../dist/bundle/gongbao.js', '../dist/cli/main.js']) {
  try {
    ({ main } = await import(entry));
    break;
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(entry.slice(3))) throw err;
  }
}
if (!main) {
  process.stderr.write('gongbao: not built (dist/ is missing): run `npm run build` (TypeScript is a dev dependency)\n');
  process.exit(1);
}

// `gongbao parse x --json | head` closes the pipe early: that is not an error.
// A full disk or another write error on stdout is one line, not a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`gongbao: cannot write to standard output (${err.code === 'ENOSPC' ? 'no space left on the device' : err.code ?? err.message})\n`);
  process.exit(1);
});

await main(process.argv);
