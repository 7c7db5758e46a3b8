/**
 * Colours or not, as chalk and most CLIs decide: `--color always|never|auto` (`--no-color` = never); in auto,
 * FORCE_COLOR (anything but 0/false) forces them, NO_COLOR and TERM=dumb turn them off, else only on a terminal.
 */
export type ColourChoice = 'auto' | 'always' | 'never';

export function wantColour(choice: string | boolean | undefined, stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (choice === false || choice === 'never') return false;
  if (choice === true || choice === 'always') return true;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR || env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** A progress bar redraws its line: only on a terminal that can (not into a pipe, not on TERM=dumb). */
export function wantProgressBar(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb';
}
