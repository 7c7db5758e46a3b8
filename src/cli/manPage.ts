/**
 * The man page, gongbao(1), generated from the program's own commands, options and help texts at build time
 * (scripts/bundle.mjs writes dist/gongbao.1; package.json's `man` installs it with a global install), so that
 * `man gongbao` says what `gongbao CMD --help` says.
 */
import type { Command } from 'commander';

/** Text for roff: backslashes escaped, a line starting with . or ' guarded, hyphens of flags kept as hyphens. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n')
    .replace(/-/g, '\\-');
}

/** The text a command prints after its help (examples, output, exit codes), as `addHelpText('after', …)` gave it. */
function helpAfter(c: Command): string {
  let out = '';
  // commander keeps these texts as listeners of its 'afterHelp' event (a Command is an EventEmitter)
  (c as unknown as { emit(event: string, context: unknown): boolean }).emit('afterHelp', { error: false, command: c, write: (s: string) => (out += s) });
  return out.replace(/^\n+|\n+$/g, '');
}

const ENVIRONMENT: [string, string][] = [
  ['GONGBAO_INDEX', 'the index folder when --index is not given (else $XDG_DATA_HOME/gongbao/index, ~/.local/share/gongbao/index)'],
  ['NO_COLOR, FORCE_COLOR, TERM=dumb', 'colours off, on, and off (else colours only on a terminal); --color overrides them'],
  ['GONGBAO_PAGER, PAGER', 'the pager of show on a terminal (default less -FRX; cat for none)'],
];

export function manPage(program: Command, version: string): string {
  const out: string[] = [
    // the page holds Chinese: man runs it through preconv, which reads this line
    '.\\" -*- coding: UTF-8 -*-',
    `.TH GONGBAO 1 "" "gongbao ${version}" "User Commands"`,
    '.SH NAME',
    `gongbao \\- ${roff(program.description())}`,
    '.SH SYNOPSIS',
    '.B gongbao',
    '.I command',
    '[options] [arguments]',
    '.SH COMMANDS',
  ];
  for (const c of program.commands) {
    const args = c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
    out.push(`.SS "gongbao ${c.name()}${args ? ` ${roff(args)}` : ''}"`, roff(c.description()));
    for (const o of c.options) {
      if (o.hidden) continue;
      // the values a flag takes, unless its description names them all already
      const named = o.argChoices?.every((v) => o.description.includes(v)) ?? true;
      out.push('.TP', `.B ${roff(o.flags)}`, roff(o.description + (named ? '' : ` (${o.argChoices!.join(', ')})`)));
    }
    const after = helpAfter(c);
    if (after) out.push('.PP', '.nf', roff(after), '.fi');
  }
  out.push('.SH ENVIRONMENT');
  for (const [name, what] of ENVIRONMENT) out.push('.TP', `.B ${roff(name)}`, roff(what));
  out.push('.SH SEE ALSO', 'The README of the package (its JSON contract, rules and benchmarks), and', '.B gongbao', '.I command', '\\-\\-help.');
  return out.join('\n') + '\n';
}
