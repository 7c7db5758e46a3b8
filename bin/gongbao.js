#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `gongbao parse x --json | head` closes the pipe early: that is not an error.
// A full disk or another write error on stdout is one line, not a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`gongbao: cannot write to standard output (${err.code === 'ENOSPC' ? 'no space left on the device' : err.code ?? err.message})\n`);
  process.exit(1);
});

await main(process.argv);
