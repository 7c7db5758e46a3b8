/**
 * Data flows one way: each stage imports only from the stages below it (docs/stages.md). The imports that still
 * reach up are listed here as debt, each with what it uses; a new one fails this test, and a listed one that goes
 * must leave the list.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './helpers/fixtures.js';

/** The stages, lowest first: a file may import from its own stage and those before it. */
const ORDER = ['types', 'util', 'text', 'read', 'blocks', 'repair', 'segment', 'structure', 'cite', 'parse', 'output', 'search', 'convert', 'cli'];

/** Imports that reach up today (from → to): recognisers still living in the stage that found them first. */
const DEBT = new Set([
  'cite/graph.ts -> search/records.ts', // the index record's shape
  'cite/resolve.ts -> search/records.ts',
  'repair/reorderPage.ts -> segment/header/titleBlock.ts', // title and header recognisers used to find a page's order
  'search/records.ts -> convert/documentRecord.ts', // one record for the index and the Elasticsearch export
  'segment/parts/buildDocument.ts -> cite/extractCitations.ts', // the document is assembled with its tree and citations
  'segment/parts/buildDocument.ts -> structure/buildTree.ts',
]);

const SRC = join(ROOT, 'src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
/** A file's stage: its folder, or for a top-level file its own name (parseBytes is the parse entry too). */
function stageOf(rel: string): string {
  const [first, ...rest] = rel.split('/');
  if (rest.length) return first;
  const name = first.replace(/\.ts$/, '');
  return name === 'parseBytes' ? 'parse' : name === 'version' ? 'util' : name === 'index' ? 'cli' : name;
}

const upward: string[] = [];
for (const file of sources(SRC)) {
  const rel = relative(SRC, file);
  for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
    const target = relative(SRC, join(dirname(file), m[1])).replace(/\.js$/, '.ts');
    if (ORDER.indexOf(stageOf(target)) > ORDER.indexOf(stageOf(rel))) upward.push(`${rel} -> ${target}`);
  }
}

describe('stages import only from below', () => {
  it('every file is in a known stage', () => {
    expect(sources(SRC).map((f) => stageOf(relative(SRC, f))).filter((s) => !ORDER.includes(s))).toEqual([]);
  });
  it('no import reaches up into a later stage, but the listed debt', () => {
    expect(upward.filter((u) => !DEBT.has(u))).toEqual([]);
  });
  it('the debt list holds only imports that still exist', () => {
    expect([...DEBT].filter((d) => !upward.includes(d))).toEqual([]);
  });
});
