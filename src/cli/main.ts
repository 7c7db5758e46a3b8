/** gongbao command line. */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { runParse, EXIT_USAGE } from './parseCommand.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('gongbao')
    .description('Chinese government gazettes (政府公报): parse into issues, documents, articles and attachments')
    .version(pkg.version)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('parse')
    .description('parse gazette text files (markdown converter output or plain pdftotext output)')
    .argument('<file...>', 'gazette text files (UTF-8, UTF-16 or GB18030)')
    .option('--json', 'print the JSON contract (schemaVersion 1) instead of an outline; several files give NDJSON')
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--check', 'coverage report: where every source line went (exit 3 if any is unaccounted)')
    .addOption(new Option('--format <format>', 'input shape, detected when omitted').choices(['markdown', 'text']))
    .option('--no-color', 'no colours even on a terminal')
    .addHelpText('after', `
Examples:
  $ gongbao parse gazette.txt                 outline: issue, documents, counts, warnings
  $ gongbao parse gazette.txt --json -o g.json
  $ gongbao parse a.txt b.txt --json          one JSON object per line (NDJSON)
  $ gongbao parse gazette.txt --check         coverage of every source line

Exit codes: 0 ok, 1 a file could not be read or decoded, 2 usage error, 3 --check found unaccounted lines.`)
    .action((files: string[], opts: { json?: boolean; output?: string; check?: boolean; format?: 'markdown' | 'text'; color?: boolean }) => {
      const color = opts.color === false ? false : undefined;
      process.exitCode = runParse(files, { ...opts, color });
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`gongbao: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
