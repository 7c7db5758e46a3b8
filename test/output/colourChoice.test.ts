import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { wantColour, wantProgressBar } from '../../src/output/colourChoice.js';
import { BIN, fixture } from '../helpers/fixtures.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('wantColour', () => {
  it.each([
    ['never on a terminal', 'never', tty, {}, false],
    ['--no-color', false, tty, {}, false],
    ['always into a pipe', 'always', pipe, {}, true],
    ['auto on a terminal', 'auto', tty, {}, true],
    ['auto into a pipe', undefined, pipe, {}, false],
    ['NO_COLOR on a terminal', 'auto', tty, { NO_COLOR: '1' }, false],
    ['FORCE_COLOR into a pipe', undefined, pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', undefined, tty, { FORCE_COLOR: '0' }, false],
    ['always beats NO_COLOR', 'always', pipe, { NO_COLOR: '1' }, true],
    ['TERM=dumb on a terminal', 'auto', tty, { TERM: 'dumb' }, false],
    ['FORCE_COLOR beats TERM=dumb', undefined, tty, { TERM: 'dumb', FORCE_COLOR: '1' }, true],
    ['another TERM on a terminal', 'auto', tty, { TERM: 'xterm-256color' }, true],
  ] as const)('%s', (_name, choice, stream, env, expected) => expect(wantColour(choice, stream, env as NodeJS.ProcessEnv)).toBe(expected));
});

describe('wantProgressBar', () => {
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['TERM=dumb on a terminal', tty, { TERM: 'dumb' }, false],
    ['another TERM on a terminal', tty, { TERM: 'xterm' }, true],
  ] as const)('%s', (_name, stream, env, expected) => expect(wantProgressBar(stream, env as NodeJS.ProcessEnv)).toBe(expected));
});

describe('--color on the command line', () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const base = { ...process.env };
    delete base.FORCE_COLOR;
    delete base.NO_COLOR;
    return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  };
  it('always: colours even into a pipe; never and the default: none', () => {
    expect(run(['parse', fixture('002'), '--color', 'always']).stdout).toMatch(/\u001b\[/);
    expect(run(['parse', fixture('002'), '--color', 'never']).stdout).not.toMatch(/\u001b\[/);
    expect(run(['parse', fixture('002')]).stdout).not.toMatch(/\u001b\[/);
    expect(run(['parse', fixture('002')], { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
  });
  it('a bad value is a usage error', () => expect(run(['parse', fixture('002'), '--color', 'sometimes']).status).toBe(2));
});
