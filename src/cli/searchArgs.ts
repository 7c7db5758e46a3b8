/**
 * `gongbao search` takes `-word` exclusions among its options. An argument `-X` whose X is not an ASCII letter
 * (`-低保`, `-"企业 开办"`, `-2023`) can only be an exclusion: it is moved behind `--` so that the option parser
 * never sees it, and every other `-x`/`--xyz` is an option checked strictly (a typo is an error, not a word).
 * An exclusion of an ASCII word is written after `--`: `gongbao search 营商环境 -- -abc`. The value of an option that
 * takes one is that option's, whatever it looks like (`--limit -1` is a bad limit, not an exclusion of 1).
 */
import type { Command } from 'commander';

/** The flags of a command's options whose value is required (`-n`, `--limit`, `--index`…): the next argument is that value. */
export function flagsTakingValue(command: Command): Set<string> {
  return new Set(command.options.filter((o) => o.required).flatMap((o) => [o.short, o.long].filter((f): f is string => !!f)));
}

export function separateExclusions(args: string[], takesValue: ReadonlySet<string>): string[] {
  const options: string[] = [];
  const words: string[] = [];
  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (rest) words.push(a);
    else if (a === '--') rest = true;
    else if (takesValue.has(a) && i + 1 < args.length) options.push(a, args[++i]);
    else if (/^-[^-A-Za-z]/.test(a)) words.push(a);
    else options.push(a);
  }
  return words.length ? [...options, '--', ...words] : options;
}

/** argv with the search command's exclusions moved behind `--` (other commands untouched). */
export function prepareArgv(argv: string[], search: Command): string[] {
  const at = argv.indexOf('search', 2);
  if (at !== 2) return argv;
  return [...argv.slice(0, at + 1), ...separateExclusions(argv.slice(at + 1), flagsTakingValue(search))];
}
