/**
 * The README's examples, run and compared (in the spirit of ESLint's check-rule-examples): every `$ npx gongbao …`
 * line in a fenced block is run from the project root and its output compared with the lines printed under it,
 * up to a `…` line where the README shortens the output, and its exit status (0, or the `# exit N` its comment
 * shows). Examples that need what a test machine lacks (a home
 * folder of gazettes, jq, Graphviz) are listed as skipped with the reason.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.js';

interface Example {
  line: number;
  command: string;
  expected: string[];
  /** The exit status the example shows: 0 unless its comment says `exit N`. */
  exit: number;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  let inBlock = false;
  let current: Example | null = null;
  lines.forEach((l, i) => {
    if (l.startsWith('```')) {
      inBlock = !inBlock;
      current = null;
      return;
    }
    if (!inBlock) return;
    if (l.startsWith('$ ')) {
      const exit = /\s#.*\bexit (\d+)/.exec(l);
      current = { line: i + 1, command: l.slice(2).replace(/\s+#.*$/, ''), expected: [], exit: exit ? Number(exit[1]) : 0 };
      out.push(current);
    } else if (current) current.expected.push(l);
  });
  return out;
}

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
function skipReason(cmd: string): string | null {
  if (!/^npx gongbao /.test(cmd)) return 'not a gongbao command';
  if (/~|\b(2019|2020)\.(zip|tar)/.test(cmd)) return 'needs the reader’s own archives';
  if (/\bjq\b/.test(cmd) && !has('jq')) return 'jq is not installed';
  if (/\bdot\b/.test(cmd)) return 'writes a picture with Graphviz';
  if (/picture\.png/.test(cmd)) return 'needs a picture file';
  return null;
}

const index = mkdtempSync(join(tmpdir(), 'gongbao-readme-'));
afterAll(() => rmSync(index, { recursive: true, force: true }));
const SHOWN_INDEX = '/root/.local/share/gongbao/index';
const SHOWN_ROOT = '/work/main';

describe('README examples', () => {
  const all = examples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  it('there are examples to check', () => expect(all.filter((e) => !skipReason(e.command)).length).toBeGreaterThan(8));
  for (const e of all) {
    const reason = skipReason(e.command);
    if (reason) {
      it.skip(`L${e.line} ${e.command} (${reason})`, () => {});
      continue;
    }
    it(`L${e.line} ${e.command}`, () => {
      const cmd = e.command.replace(/^npx gongbao /, `"${process.execPath}" bin/gongbao.js `).replace(/\| npx gongbao /g, `| "${process.execPath}" bin/gongbao.js `);
      // (a pipeline's status is its last command's: `set -o pipefail` is not in every sh, so only single commands are checked)
      const r = spawnSync('sh', ['-c', `${cmd} 2>&1`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GONGBAO_INDEX: index } });
      if (!cmd.includes('|')) expect(r.status, `exit status of README line ${e.line}`).toBe(e.exit);
      const actual = r.stdout.split(index).join(SHOWN_INDEX).split(ROOT).join(SHOWN_ROOT).replace(/\n$/, '').split('\n');
      const cut = e.expected.findIndex((l) => /^\s*…\s*$/.test(l));
      const shown = [...e.expected];
      while (shown.length && shown[shown.length - 1].trim() === '') shown.pop();
      const want = cut >= 0 ? shown.slice(0, cut) : shown;
      // timings differ from run to run: `in 0.4 s`
      const norm = (xs: string[]) => xs.map((x) => x.replace(/\d+(\.\d+)? s\b/g, 'N s'));
      expect(norm(cut >= 0 ? actual.slice(0, want.length) : actual)).toEqual(norm(want));
    });
  }
});
