/**
 * Bounded fuzz run (seeded, reproducible): hostile inputs never throw, never take more than a per-size time
 * budget, and always give schema-valid output with at least one document where there is text.
 * The long run is `npm run fuzz` (figures in bench/RESULTS.md).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parseGazette } from '../../src/parse.js';
import { ROOT, FIXTURES } from '../helpers/fixtures.js';
import { adversarial, hostileBytes, hostileInputs } from './hostileInput.js';
import { decodeText, DecodeError } from '../../src/read/decodeText.js';
import { encodeGbk } from '../helpers/encodings.js';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(`${ROOT}/schema/parse-result.schema.json`, 'utf8')));
/**
 * The long run (`npm run fuzz`, FUZZ_BUDGET=1) is an oracle for exponential or quadratic cases: 3 s plus 15 s a
 * megabyte per input. The test suite asserts no timings (a loaded machine is no failure): a hang there ends in
 * the test's timeout, and speed is measured in bench/worstcase.mjs.
 */
const budgetMs = (chars: number) => 3000 + (15_000 * chars) / 1_000_000;
const timed = !!process.env.FUZZ_BUDGET;

function check(text: string): void {
  const t0 = performance.now();
  const r = parseGazette({ text, path: 'fuzz.txt' });
  const ms = performance.now() - t0;
  if (timed) expect(ms, `${text.length} characters`).toBeLessThan(budgetMs(text.length));
  expect(validate(r), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const docs = r.issues.reduce((n, i) => n + i.documents.length, 0);
  if (docs === 0) expect(r.warnings.map((w) => w.code)).toContain('no-documents');
}

describe('fuzz: seeded hostile inputs', () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261202);
  const inputs = hostileInputs(seed, Number(process.env.FUZZ_COUNT ?? 150), FIXTURES);
  it(`${inputs.length} inputs from seed ${seed}`, () => {
    for (const x of inputs) check(x.text);
  }, Math.max(120_000, inputs.length * 200));
});

describe('fuzz: adversarial shapes at 200 KB', () => {
  it.each(adversarial(200_000).map((a) => [a.name, a.text]))('%s', (_name, text) => check(text), 60_000);
});

describe('fuzz: damaged bytes', () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261202);
  const inputs = hostileBytes(seed, Math.max(30, Math.floor(Number(process.env.FUZZ_COUNT ?? 150) / 10)), FIXTURES, encodeGbk);
  it(`${inputs.length} damaged files from seed ${seed}: decoded (bad bytes as U+FFFD, never more characters than bytes) or refused as not text`, () => {
    for (const x of inputs) {
      let text: string;
      try {
        text = decodeText(x.bytes).text;
      } catch (err) {
        expect(err, x.name).toBeInstanceOf(DecodeError);
        continue;
      }
      expect(text.length, x.name).toBeLessThanOrEqual(x.bytes.length);
      check(text);
    }
  }, 120_000);
});
