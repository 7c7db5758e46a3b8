/** `gongbao convert INPUT... -o OUTDIR [--jobs N] [--output-format json|ndjson|es-bulk] [--force] [--index [DIR]]` */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runConvert, type OutputFormat } from '../convert/runConvert.js';
import { runIndex } from '../search/indexer.js';
import { defaultIndexDir } from '../search/indexStore.js';
import { plural } from '../output/plural.js';
import { positive, positiveInteger, UsageError } from './optionValues.js';

export interface ConvertCliOptions {
  output: string;
  jobs?: string;
  /** One of the --output-format choices (commander checks them). */
  outputFormat?: OutputFormat;
  force?: boolean;
  include?: string[];
  exclude?: string[];
  maxEntryMb?: string;
  maxRatio?: string;
  maxFileMb?: string;
  fileTimeout?: string;
  progress?: boolean;
  quiet?: boolean;
  json?: boolean;
  /** Remove outputs of inputs this run did not have. */
  delete?: boolean;
  /** `--index` alone: the default index; `--index DIR`: that one. */
  index?: boolean | string;
  color?: boolean | string;
}

export async function runConvertCommand(inputs: string[], o: ConvertCliOptions): Promise<number> {
  const mb = 1024 * 1024;
  // `convert --index a.zip -o out` would take the archive for the index folder: say so instead of indexing into it
  if (typeof o.index === 'string' && existsSync(o.index) && !statSync(o.index).isDirectory()) {
    throw new UsageError(`--index takes the index folder, and ${o.index} is a file (put --index after the inputs, or write --index=DIR)`);
  }
  const indexDir = o.index === undefined || o.index === false ? null : defaultIndexDir(typeof o.index === 'string' ? o.index : undefined);
  const summary = await runConvert(inputs, {
    output: o.output,
    jobs: positiveInteger('--jobs', o.jobs),
    format: o.outputFormat,
    force: o.force,
    include: o.include,
    exclude: o.exclude,
    limits: {
      ...(o.maxEntryMb ? { maxEntryBytes: positive('--max-entry-mb', o.maxEntryMb)! * mb } : {}),
      ...(o.maxRatio ? { maxRatio: positive('--max-ratio', o.maxRatio)! } : {}),
    },
    maxFileBytes: o.maxFileMb ? Math.floor(positive('--max-file-mb', o.maxFileMb)! * mb) : undefined,
    fileTimeoutSeconds: o.fileTimeout ? positive('--file-timeout', o.fileTimeout) : undefined,
    progress: o.progress !== false && !o.json && !o.quiet,
    delete: o.delete,
  });
  for (const m of summary.manifest) if (m.status === 'failed') process.stderr.write(`gongbao: ${m.path}: ${m.error}\n`);
  if (summary.runError) process.stderr.write(`gongbao: ${summary.runError}\n`);
  if (!o.quiet) for (const m of summary.manifest) if (m.warning) process.stderr.write(`gongbao: ${m.path}: ${m.warning}\n`);
  let indexFailed = 0;
  if (indexDir) {
    // the same run adds every converted gazette (its JSON output) to the local search index
    const outputs = summary.manifest.filter((m) => m.status !== 'failed' && m.output).map((m) => join(o.output, m.output!));
    try {
      const s = await runIndex(outputs, { dir: indexDir });
      indexFailed = s.failed;
      if (!o.json) process.stdout.write(`gongbao convert: index ${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged → ${indexDir}\n`);
    } catch (err) {
      process.stderr.write(`gongbao: ${(err as Error).message}\n`);
      indexFailed = 1;
    }
  }
  const empty = summary.withoutDocuments.length ? ` (${summary.withoutDocuments.length} inputs without a document)` : '';
  const line = `${summary.ok} converted, ${summary.skipped} skipped, ${summary.failed} failed; ${plural(summary.documents, 'document')}${empty} in ${summary.seconds.toFixed(1)} s → ${o.output}`;
  // outputs of inputs this run did not have (deleted, or not given): listed, removed with --delete
  const stale = summary.staleOutputs;
  if (stale.length && !o.quiet) {
    const some = stale.slice(0, 5).join(', ') + (stale.length > 5 ? `, … (${stale.length - 5} more)` : '');
    process.stderr.write(summary.staleDeleted
      ? `gongbao convert: removed ${plural(stale.length, 'output')} of inputs this run did not have: ${some}\n`
      : `gongbao convert: ${plural(stale.length, 'output')} in ${o.output} ${stale.length === 1 ? 'is' : 'are'} from inputs this run did not have (deleted, or not given): ${some}; --delete removes them\n`);
  }
  if (o.json) process.stdout.write(JSON.stringify({ ok: summary.ok, skipped: summary.skipped, failed: summary.failed, documents: summary.documents, withoutDocuments: summary.withoutDocuments, seconds: summary.seconds, output: o.output, staleOutputs: stale, staleDeleted: summary.staleDeleted }) + '\n');
  else process.stdout.write(`gongbao convert: ${line}\n`);
  return summary.failed || indexFailed || summary.runError ? 1 : 0;
}
