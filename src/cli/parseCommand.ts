/** `gongbao parse FILE... [--json] [-o OUT] [--check]` */
import { readInputBytes, InputError } from '../read/readSource.js';
import { parseBytes } from '../parseBytes.js';
import { computeCoverage } from '../output/coverage.js';
import { formatCoverage, formatOutline, makeChalk } from '../output/outline.js';
import { writeFileAtomic } from '../output/atomicFile.js';
import { wantColour } from '../output/colourChoice.js';
import { checkOutputPath, OutputIsInputError, writeProblem } from '../output/checkOutputPath.js';
import type { ParseResult, SourceFormat } from '../types.js';

export interface ParseOptions {
  json?: boolean;
  output?: string;
  check?: boolean;
  format?: SourceFormat;
  color?: boolean;
  /** Largest input read (default 64 MB). */
  maxBytes?: number;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export { EXIT_USAGE } from './optionValues.js';
import { EXIT_USAGE } from './optionValues.js';
export const EXIT_UNACCOUNTED = 3;
export const EXIT_NO_DOCUMENT = 4;

/** Number of documents a parse result holds. */
export function documentCount(r: ParseResult): number {
  return r.issues.reduce((n, i) => n + i.documents.length, 0);
}

export async function runParse(files: string[], given: ParseOptions): Promise<number> {
  // `-o -` is standard output, as for most tools that take -o
  const opts = given.output === '-' ? { ...given, output: undefined } : given;
  if (opts.output) {
    try {
      checkOutputPath(opts.output, files);
    } catch (err) {
      process.stderr.write(`gongbao: ${(err as Error).message}\n`);
      return err instanceof OutputIsInputError ? EXIT_USAGE : EXIT_INPUT;
    }
  }
  const colour = opts.color ?? wantColour(undefined);
  const c = makeChalk(colour);
  const results: ParseResult[] = [];
  let failed = 0;
  let unaccounted = 0;
  let empty = 0;
  const checks: unknown[] = [];
  const text: string[] = [];
  for (const file of files) {
    let result: ParseResult;
    let accountable: number[];
    let replaced = 0;
    try {
      ({ result, accountable, replaced } = await parseBytes(file, readInputBytes(file, opts.maxBytes), opts.format));
    } catch (err) {
      failed++;
      const msg = err instanceof InputError ? err.message : `${file}: cannot parse (${(err as Error).message})`;
      process.stderr.write(`gongbao: ${msg}\n`);
      continue;
    }
    results.push(result);
    if (documentCount(result) === 0) {
      empty++;
      process.stderr.write(`gongbao: ${file}: no document found (only front matter, comments or page furniture)\n`);
    }
    if (opts.check) {
      const cov = { ...computeCoverage(result, accountable), replaced };
      unaccounted += cov.unaccounted.length;
      if (opts.json) checks.push({ path: file, ...cov });
      else text.push(formatCoverage(file, cov, c, result.source.pageStarts));
    } else if (!opts.json) {
      text.push(formatOutline(result, c));
    }
  }
  let payload: string | null = null;
  if (opts.json) {
    const items = opts.check ? checks : results;
    if (items.length === 1 && files.length === 1) payload = JSON.stringify(items[0], null, 2) + '\n';
    else if (items.length) payload = items.map((r) => JSON.stringify(r)).join('\n') + '\n';
  } else if (text.length) {
    payload = text.join('\n\n') + '\n';
  }
  if (payload !== null) {
    if (opts.output && failed) {
      // all or nothing: -o is not written when one of the inputs failed
      process.stderr.write(`gongbao: nothing written to ${opts.output}: ${failed} of ${files.length} inputs failed\n`);
    } else if (opts.output) {
      try {
        writeFileAtomic(opts.output, payload);
      } catch (err) {
        process.stderr.write(`gongbao: ${writeProblem(opts.output, err)}\n`);
        return EXIT_INPUT;
      }
    } else process.stdout.write(payload);
  }
  if (failed) return EXIT_INPUT;
  if (opts.check && unaccounted) return EXIT_UNACCOUNTED;
  if (empty) return EXIT_NO_DOCUMENT;
  return EXIT_OK;
}
