/** gongbao command line. */
import { Argument, Command, CommanderError, Option } from 'commander';
import { GENERATOR } from '../version.js';
import type { ConvertCliOptions } from './convertCommand.js';
import type { SourceFormat } from '../types.js';
import { EXIT_USAGE, positive, UsageError } from './optionValues.js';
// each command's module is imported when the command runs: `gongbao search` does not load the parser
import type { IndexCliOptions, SearchCliOptions, ShowCliOptions } from './searchCommands.js';
import type { RefsCliOptions } from './refsCommand.js';
import { displayWidth } from '../text/displayWidth.js';
import { wantColour } from '../output/colourChoice.js';
import { prepareArgv } from './searchArgs.js';

/** `--color always|never|auto` and `--no-color`, the same on every command that prints colours. */
function addColourOptions(c: Command): void {
  c.addOption(new Option('--color <when>', 'colours: auto (on a terminal; FORCE_COLOR, NO_COLOR), always or never').choices(['auto', 'always', 'never']));
  c.option('--no-color', 'same as --color never');
}

/**
 * A flag renamed so that each name means one thing on every command (`--format` was the input shape of parse, the
 * output of convert and the graph of refs): the old name still works, hidden from the help, with a one-line notice,
 * and its value is held to the new flag's choices.
 */
function renamedFlag(c: Command, old: string, now: string): void {
  const oldOption = new Option(`${old} <value>`).hideHelp();
  const nowOption = c.options.find((o) => o.long === now)!;
  c.addOption(oldOption);
  c.hook('preAction', (cmd) => {
    const value = cmd.getOptionValue(oldOption.attributeName()) as unknown;
    if (value === undefined) return;
    process.stderr.write(`gongbao: ${old} is now ${now} (the old name still works, and will go in a later version)\n`);
    const choices = nowOption.argChoices;
    if (choices && !choices.includes(String(value))) throw new UsageError(`${now}: ${String(value)} is not one of ${choices.join(', ')}`);
    // (the new flag given without a value of its own, `--index --index-dir DIR`, takes the old one's)
    const key = nowOption.attributeName();
    const current = cmd.getOptionValue(key) as unknown;
    if (current === undefined || current === true || cmd.getOptionValueSource(key) === 'default') cmd.setOptionValue(key, value);
  });
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('gongbao')
    .description('Chinese government gazettes (政府公报): parse into issues, documents, articles and attachments')
    // `gongbao 0.1.0`, as rg and git name themselves: a version line pasted into a bug report says what it is
    .version(`gongbao ${GENERATOR.version}`)
    // errors read like every other error of gongbao: `gongbao: unknown option '--bogus'`
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'gongbao: ')) })
    // help columns line up after CJK argument names (发文字号 is 8 columns wide, not 4)
    .configureHelp({ displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')) })
    .exitOverride();

  program
    .command('parse')
    .description('parse gazettes and documents: PDFs, saved web pages (.html), markdown converter output, plain pdftotext output')
    .argument('<file...>', 'PDF, HTML or text files (text in UTF-8, UTF-16 or GB18030); - reads standard input')
    .option('--json', 'print the JSON contract (schemaVersion 1) instead of an outline; several files give NDJSON')
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout (`-o -`: stdout)')
    .option('--check', 'coverage report: where every source line went (exit 3 if any is unaccounted)')
    .addOption(new Option('--input-format <format>', 'input shape, detected when omitted').choices(['markdown', 'text', 'html', 'pdf']))
    .option('--max-file-mb <n>', 'largest input read, in MB (default 64)')
    .addHelpText('after', `
Examples:
  $ gongbao parse gazette.txt                 outline: issue, documents, counts, warnings
  $ gongbao parse gazette.pdf --json          a PDF, read off its pages
  $ curl -s URL | gongbao parse - --json      standard input
  $ gongbao parse gazette.txt --json -o g.json
  $ gongbao parse a.txt b.txt --json          one JSON object per line (NDJSON)
  $ gongbao parse gazette.txt --check         coverage of every source line
  $ gongbao parse page.html                   a saved 信息公开 page: the document, not the page around it

Exit codes: 0 ok, 1 a file could not be read or decoded, 2 usage error, 3 --check found unaccounted lines,
4 a file yielded no document (it holds only front matter, comments or page furniture).`)
    .action(async (files: string[], opts: { json?: boolean; output?: string; check?: boolean; inputFormat?: SourceFormat; color?: boolean | string; maxFileMb?: string }) => {
      const color = wantColour(opts.color);
      const mb = positive('--max-file-mb', opts.maxFileMb);
      process.exitCode = await (await import('./parseCommand.js')).runParse(files, { ...opts, format: opts.inputFormat, color, maxBytes: mb === undefined ? undefined : Math.floor(mb * 1048576) });
    });
  program
    .command('convert')
    .description('convert folders and archives of gazettes to JSON, in parallel and resumably')
    .argument('<input...>', 'files, folders (recursive) and .zip / .tar / .tar.gz / .tgz archives')
    .requiredOption('-o, --output <dir>', 'output folder (created if missing)')
    .option('-j, --jobs <n>', 'parallel parser threads (default: number of cores)')
    .addOption(new Option('--output-format <format>', 'json: one JSON per gazette; ndjson: one gazettes.ndjson; es-bulk: also bulk.ndjson + mapping.json for Elasticsearch').choices(['json', 'ndjson', 'es-bulk']).default('json'))
    .option('--force', 'convert everything again, even inputs unchanged since the last run')
    .option('--delete', 'remove outputs of inputs this run did not have (deleted since, or not given): they are listed otherwise')
    .option('--include <glob...>', `which files in folders and archives are gazettes (default: *.txt *.md *.markdown *.text *.html *.htm *.pdf)`)
    .option('--exclude <glob...>', 'files in folders to leave out')
    .option('--max-file-mb <n>', 'largest plain file accepted (default 64)')
    .option('--file-timeout <seconds>', 'time one file may take to parse before it is recorded as failed (default 60)')
    .option('--max-entry-mb <n>', 'largest archive entry accepted, uncompressed (default 200)')
    .option('--max-ratio <n>', 'largest compression ratio accepted for archive entries (default 200)')
    .option('--index [dir]', 'also add everything to the search index in this folder (alone: $GONGBAO_INDEX or $XDG_DATA_HOME/gongbao/index; see gongbao index)')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('-q, --quiet', 'no progress and no per-input warnings: only failures and the summary')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', `
Output (in the output folder):
  <input path>.json    one parse result per gazette (archive entries under <archive name>/)
  documents.ndjson     one line per document: metadata and full text
  manifest.json        every input: path, sha256, status ok/skipped/failed, documents, error
  bulk.ndjson, mapping.json   with --output-format es-bulk (Elasticsearch/OpenSearch _bulk, IK analyzer)

A rerun skips inputs whose sha256 was already converted by this version (--force redoes all), and lists outputs
of inputs it did not have (--delete removes them). With --output-format ndjson, the per-gazette JSON that lets a
rerun resume is kept in OUTDIR/.cache/.
Exit codes: 0 all converted or skipped, 1 some input failed (the others are still converted), 2 usage error.`)
    .action(async (inputs: string[], opts: ConvertCliOptions) => {
      process.exitCode = await (await import('./convertCommand.js')).runConvertCommand(inputs, opts);
    });
  program
    .command('index')
    .description('add gazettes to the local full-text index (text files, or JSON from convert/parse --json)')
    .argument('[path...]', 'files or folders')
    .option('--index <dir>', 'index folder (default: $GONGBAO_INDEX or $XDG_DATA_HOME/gongbao/index)')
    .option('--remove', 'take these files (or everything under these folders) out of the index')
    .option('--list', 'show what is indexed')
    .option('--check', 'check that the index reads back whole (SQLite and FTS5 integrity checks); exit 3 if damaged')
    .option('--prune', 'also take out indexed files that no longer exist')
    .option('--rebuild', 'start a new index from these paths (after an upgrade, or to change tokenizer); the old one stays searchable until it is done')
    .addOption(new Option('--tokenizer <name>', 'tokens of a new index: bigram (exact phrases, default) or jieba (smaller, words verified on the text)').choices(['bigram', 'jieba']))
    .addOption(new Option('--segmenter <name>', 'jieba implementation for --tokenizer jieba').choices(['node-rs-jieba', 'nodejieba']))
    .option('-j, --jobs <n>', 'parallel parser threads (default: number of cores)')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'summary as JSON')
    .option('-q, --quiet', 'no per-file lines: only errors and the summary')
    .addHelpText('after', `
The index is one SQLite database (gongbao.sqlite in the index folder). Each file is committed on its own:
an interrupted run (Ctrl-C, kill) keeps what was committed, and searches never see half a file.
Exit codes: 0 done, 1 some file failed (the others are indexed), 2 usage error, 3 (--check) the index is missing
or damaged, 130 interrupted.`)
    .action(async (paths: string[], opts: IndexCliOptions) => {
      process.exitCode = await (await import('./searchCommands.js')).runIndexCommand(paths, opts);
    });

  program
    .command('search')
    .description('search the index: words are ANDed, "phrases" verbatim, -word excluded, field filters')
    .argument('[query...]', 'words, "phrases", -exclusions and filters issuer: type: year: from: to: section: no:')
    .option('--index <dir>', 'index folder')
    .option('--in <file...>', 'search these files instead of the index (parsed in memory, nothing written): --in *.txt; the query goes before --in, or after --')
    .option('-n, --limit <n>', 'how many documents (default 10)')
    .option('--issuer <text>', 'issuer contains')
    .option('--type <文种>', '文种: 通知, 意见, 办法, 函, 批复…')
    .option('--year <yyyy>', 'year of the sign date')
    .option('--from <date>', 'sign date on or after (2022, 2022-03, 2022-03-05)')
    .option('--to <date>', 'sign date on or before')
    .option('--section <text>', 'gazette section contains')
    .option('--number <发文字号>', 'document number (brackets and spaces normalised); same as no:')
    .option('--json', 'results as JSON, with scores and the article path')
    .option('-q, --quiet', 'only the hits: no count of further matches on stderr')
    .addHelpText('after', `
Examples:
  $ gongbao search 营商环境 审批 year:2023 issuer:人民政府
  $ gongbao search '"社会救助审核确认"' -低保
  $ gongbao search no:某市政发[2019]21号
  $ gongbao search 营商环境 --in gazette.txt other.md
  $ gongbao search --in archive/*.txt -- 营商环境 审批

Exit codes: 0 something matched, 1 nothing matched (as grep and rg) or the index is missing or damaged, 2 usage error.`)
    .action(async (query: string[], opts: SearchCliOptions) => {
      process.exitCode = await (await import('./searchCommands.js')).runSearchCommand(query, opts);
    });

  program
    .command('show')
    .description('print one indexed document as an outline, or one article of it')
    .argument('<id|发文字号>', 'document id (from search) or its 发文字号')
    .option('--index <dir>', 'index folder')
    .option('--article <n>', 'only article N (第N条), or item N、 in texts without articles')
    .option('--json', 'the document (or article) as JSON')
    .option('--first', 'when several documents share the 发文字号, show the first instead of listing them')
    .option('--no-pager', 'print straight to the terminal (else a document longer than the screen goes through $GONGBAO_PAGER, $PAGER or less -FRX)')
    .action(async (ref: string, opts: ShowCliOptions) => {
      process.exitCode = await (await import('./searchCommands.js')).runShowCommand(ref, opts);
    });
  program
    .command('refs')
    .description('what a document cites (resolved against the index), who cites it, or the whole citation graph')
    .argument('[id|发文字号]', 'document id (from search) or its 发文字号')
    .option('--index <dir>', 'index folder')
    .option('--cited-by', 'documents that cite it, with the sentence')
    .option('--graph', 'the citation graph of the whole index')
    .addOption(new Option('--graph-format <format>', 'graph format (with --graph; default json)').choices(['json', 'dot']))
    .option('--internal', 'list its references to its own articles (第N条) one a line, not as one summary line')
    .option('--json', 'as JSON')
    .addHelpText('after', `
Examples:
  $ gongbao refs 某市政办〔2021〕46号
  $ gongbao refs 某市审批发〔2021〕27号 --cited-by
  $ gongbao refs --graph --graph-format dot | dot -Tpng -o refs.png`)
    .action(async (ref: string | undefined, opts: RefsCliOptions) => {
      process.exitCode = await (await import('./refsCommand.js')).runRefsCommand(ref, opts);
    });
  program
    .command('completion')
    .description('print a shell completion script (commands, flags, flag values, file names)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', `
Install:
  $ gongbao completion bash > ~/.local/share/bash-completion/completions/gongbao
  $ gongbao completion zsh > "\${fpath[1]}/_gongbao"
  $ gongbao completion fish > ~/.config/fish/completions/gongbao.fish`)
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      process.stdout.write((await import('./completion.js')).completionScript(program, shell));
    });
  for (const c of program.commands) if (c.name() !== 'completion') addColourOptions(c);
  const command = (name: string): Command => program.commands.find((c) => c.name() === name)!;
  renamedFlag(command('parse'), '--format', '--input-format');
  renamedFlag(command('convert'), '--format', '--output-format');
  renamedFlag(command('convert'), '--index-dir', '--index');
  renamedFlag(command('refs'), '--format', '--graph-format');
  // a usage error is one line and a hint, not the whole help
  program.showHelpAfterError('(see gongbao --help)');
  for (const c of program.commands) c.showHelpAfterError(`(see gongbao ${c.name()} --help)`);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(prepareArgv(argv, program.commands.find((c) => c.name() === 'search')!));
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
    if (err instanceof UsageError) process.stderr.write(`(see gongbao ${argv[2] ?? ''} --help)\n`);
    process.exitCode = err instanceof UsageError ? EXIT_USAGE : 1;
  }
}
