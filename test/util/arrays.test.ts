import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { append, maxOf, minOf } from '../../src/util/arrays.js';
import { ROOT } from '../helpers/fixtures.js';

describe('array helpers', () => {
  it('append', () => expect(append([1], [2, 3])).toEqual([1, 2, 3]));
  it.each([[[3, 9, 1], 9, 1], [[], -1, -1]])('maxOf / minOf %j', (xs, max, min) => {
    expect(maxOf(xs, -1)).toBe(max);
    expect(minOf(xs, -1)).toBe(min);
  });
  it('handle a million elements without overflowing the stack', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(maxOf(big)).toBe(999_999);
    expect(append([], big)).toHaveLength(1_000_000);
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('no spread of an array into a call in src/', () => {
  // push(...xs), unshift(...xs), Math.max(...xs), Math.min(...xs), fromCharCode(...xs): each element goes on the stack
  const SPREAD_CALL = /\b(push|unshift|max|min|fromCharCode|splice)\(\s*\.\.\./;
  it.each(sources(join(ROOT, 'src')).map((p) => [p.slice(ROOT.length + 1)]))('%s', (rel) => {
    const hits = readFileSync(join(ROOT, rel), 'utf8').split('\n').filter((l) => SPREAD_CALL.test(l) && !/^\s*(\*|\/\/)/.test(l));
    expect(hits).toEqual([]);
  });
});

describe('a 200,000-line plain text parses', () => {
  it('without a stack overflow', async () => {
    const { parseGazette } = await import('../../src/parse.js');
    const text = Array.from({ length: 200_000 }, () => '附件').join('\n');
    const r = parseGazette({ text, path: 'big.txt', format: 'text' });
    expect(r.issues.flatMap((i) => i.documents)).toHaveLength(1);
  }, 60_000);
});
