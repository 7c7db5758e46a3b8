// Shell completion and the man page are generated from the program's own commands and flags.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/fixtures.js';
import { buildProgram } from '../../src/cli/main.js';

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const has = (shell: string) => spawnSync(shell, ['--version']).status === 0;

/** What bash completes for the words typed so far (the last one is being typed). */
function bashCompletes(script: string, words: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-completion-'));
  try {
    writeFileSync(join(dir, 'c.bash'), script);
    const r = spawnSync('bash', ['-c', `source c.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _gongbao; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' });
    return r.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('gongbao completion bash', () => {
  const script = run(['completion', 'bash']).stdout;
  it.each([
    [['gongbao', 'se'], ['search']],
    [['gongbao', 'parse', '--in'], ['--input-format']],
    [['gongbao', 'parse', '--input-format', ''], ['markdown', 'text', 'html', 'pdf']],
    [['gongbao', 'convert', '--output-format', 'n'], ['ndjson']],
    [['gongbao', 'index', '--tokenizer', ''], ['bigram', 'jieba']],
    [['gongbao', 'refs', '--graph-f'], ['--graph-format']],
    [['gongbao', 'completion', ''], ['bash', 'zsh', 'fish']],
    // must not offer: a hidden old name, or another command's flag
    [['gongbao', 'parse', '--form'], []],
    [['gongbao', 'search', '--gra'], []],
  ])('%j → %j', (words, want) => expect(bashCompletes(script, words)).toEqual(want));
  it('offers every visible flag of every command', () => {
    for (const c of buildProgram().commands) {
      for (const o of c.options) if (!o.hidden && o.long) expect(bashCompletes(script, ['gongbao', c.name(), o.long])).toContain(o.long);
    }
  });
  it('an unknown shell is a usage error', () => {
    const r = run(['completion', 'tcsh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tcsh/);
  });
});

describe.runIf(has('zsh'))('gongbao completion zsh', () => {
  it('loads in zsh', () => {
    const r = spawnSync('zsh', ['-c', `autoload -U compinit && compinit -u; eval "$(${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion zsh)"; echo ok`], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n').pop()).toBe('ok');
  });
});

describe.runIf(has('fish'))('gongbao completion fish', () => {
  it('completes the flag values in fish', () => {
    const r = spawnSync('fish', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} completion fish | source; complete -C 'gongbao parse --input-format '`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^markdown/m);
  });
});

describe('the man page (dist/gongbao.1, written by the build)', () => {
  const path = join(ROOT, 'dist', 'gongbao.1');
  const page = existsSync(path) ? readFileSync(path, 'utf8') : '';
  it('is named in package.json and has every command and every visible flag', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).man).toEqual(['./dist/gongbao.1']);
    expect(page.split('\n')[1]).toMatch(/^\.TH GONGBAO 1 /);
    for (const c of buildProgram().commands) {
      expect(page).toContain(`.SS "gongbao ${c.name()}`);
      for (const o of c.options) if (!o.hidden && o.long) expect(page).toContain(o.long.replace(/-/g, '\\-'));
    }
    expect(page).not.toContain('\\-\\-index\\-dir');
  });
  it.runIf(has('groff'))('renders without a roff warning', () => {
    const r = spawnSync('groff', ['-k', '-man', '-Tutf8', '-ww', '-P', '-cbou', path], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/gongbao parse <file\.\.\.>/);
  });
});
