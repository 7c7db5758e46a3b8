/**
 * Long output on a terminal goes through a pager, as git and gh do: $GONGBAO_PAGER, else $PAGER, else `less -FRX`
 * (-F: quit at once when the text fits the screen; -R: keep colours; -X: leave the text on the screen). Not on a
 * pipe or a file, not when the text fits the terminal, not with `--no-pager`; a pager that cannot start (none
 * installed) is skipped and the text printed.
 */
import { spawnSync } from 'node:child_process';

export interface PagerChoice {
  /** false: never page (`--no-pager`). */
  enabled: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/** The pager command to run for `text`, or null to print it directly. */
export function pagerFor(text: string, choice: PagerChoice): string | null {
  const stream = choice.stream ?? process.stdout;
  const env = choice.env ?? process.env;
  if (!choice.enabled || !stream.isTTY || env.TERM === 'dumb') return null;
  const command = (env.GONGBAO_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  // an empty pager or `cat` means none
  if (!command || command === 'cat') return null;
  const rows = stream.rows ?? 24;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines < rows; i = text.indexOf('\n', i + 1)) lines++;
  return lines < rows ? null : command;
}

/** Print `text`, through the pager when pagerFor says so. */
export function printPaged(text: string, choice: PagerChoice): void {
  const command = pagerFor(text, choice);
  if (command) {
    // LESS=FRX as git sets it, when the user has not set LESS
    const r = spawnSync(command, { shell: true, input: text, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
    if (!r.error && r.status !== 127) return;
  }
  process.stdout.write(text);
}
