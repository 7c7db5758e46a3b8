/** `gongbao convert INPUT... -o OUTDIR [--jobs N] [--format json|ndjson|es-bulk] [--force]` */
import { runConvert, type OutputFormat } from '../convert/runConvert.js';

export interface ConvertCliOptions {
  output: string;
  jobs?: string;
  format?: OutputFormat;
  force?: boolean;
  include?: string[];
  exclude?: string[];
  maxEntryMb?: string;
  maxRatio?: string;
  maxFileMb?: string;
  progress?: boolean;
  json?: boolean;
  index?: boolean;
}

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${v}"`);
  return n;
}

export async function runConvertCommand(inputs: string[], o: ConvertCliOptions): Promise<number> {
  if (o.index) {
    process.stderr.write('gongbao: convert --index needs the search index, which this version does not have yet\n');
    return 2;
  }
  const mb = 1024 * 1024;
  const summary = await runConvert(inputs, {
    output: o.output,
    jobs: positive('--jobs', o.jobs),
    format: o.format,
    force: o.force,
    include: o.include,
    exclude: o.exclude,
    limits: {
      ...(o.maxEntryMb ? { maxEntryBytes: positive('--max-entry-mb', o.maxEntryMb)! * mb } : {}),
      ...(o.maxRatio ? { maxRatio: positive('--max-ratio', o.maxRatio)! } : {}),
    },
    maxFileBytes: o.maxFileMb ? positive('--max-file-mb', o.maxFileMb)! * mb : undefined,
    progress: o.progress !== false && !o.json,
  });
  for (const m of summary.manifest) if (m.status === 'failed') process.stderr.write(`gongbao: ${m.path}: ${m.error}\n`);
  const line = `${summary.ok} converted, ${summary.skipped} skipped, ${summary.failed} failed; ${summary.documents} documents in ${summary.seconds.toFixed(1)} s → ${o.output}`;
  if (o.json) process.stdout.write(JSON.stringify({ ok: summary.ok, skipped: summary.skipped, failed: summary.failed, documents: summary.documents, seconds: summary.seconds, output: o.output }) + '\n');
  else process.stderr.write(`gongbao convert: ${line}\n`);
  return summary.failed ? 1 : 0;
}
