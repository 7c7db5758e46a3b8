#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `gongbao parse x --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
