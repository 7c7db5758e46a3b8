/**
 * Every `--json` output of the compiled CLI validates against its published schema (schema/*.schema.json): index (a
 * run, --list, --check), search, refs (citations, --cited-by, --graph), convert. Two small documents, one citing the
 * other, make every list of the outputs non-empty.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { BIN, ROOT } from '../helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'gongbao-json-schemas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const docs = join(work, 'docs');
mkdirSync(docs);
writeFileSync(join(docs, 'a.txt'), ['某市人民政府关于加强某某管理的通知', '', '某政发〔2024〕1号', '', '各区人民政府：', '', '现就加强某某管理通知如下。', '', '某市人民政府', '', '2024年1月5日', ''].join('\n'));
writeFileSync(join(docs, 'b.txt'), ['某市某某局关于落实某某管理工作的通知', '', '某局发〔2024〕3号', '', '各区某某局：', '', '根据《某市人民政府关于加强某某管理的通知》（某政发〔2024〕1号）要求，现将有关事项通知如下。', '', '某市某某局', '', '2024年2月1日', ''].join('\n'));
const index = join(work, 'index');

function json(...args: string[]): unknown {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}
function validator(name: string) {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')));
  return (value: unknown) => {
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
  };
}

describe('every --json output validates against its schema', () => {
  const indexResult = validator('index-result.schema.json');
  const searchResult = validator('search-result.schema.json');
  const refsResult = validator('refs-result.schema.json');

  it('index: a run, --list and --check', () => {
    const run = json('index', docs, '--index', index, '--json') as { added: number; documents: number };
    indexResult(run);
    expect([run.added, run.documents]).toEqual([2, 2]);
    const list = json('index', '--list', '--index', index, '--json') as { files: unknown[] };
    indexResult(list);
    expect(list.files).toHaveLength(2);
    const check = json('index', '--check', '--index', index, '--json') as { ok: boolean };
    indexResult(check);
    expect(check.ok).toBe(true);
  });

  it.each([['某某管理'], ['某政发〔2024〕1号'], ['issuer:某市人民政府'], ['"加强某某" -落实']])('search %s', (query) => {
    const r = json('search', query, '--index', index, '--json') as { hits: unknown[] };
    searchResult(r);
    expect(r.hits.length).toBeGreaterThan(0);
  });

  it('refs: what a document cites, who cites it, the graph', () => {
    const cites = json('refs', '某局发〔2024〕3号', '--index', index, '--json') as { citations: { resolved: { docNumber: string } | null }[] };
    refsResult(cites);
    expect(cites.citations.map((c) => c.resolved?.docNumber)).toContain('某政发〔2024〕1号');
    const citedBy = json('refs', '某政发〔2024〕1号', '--cited-by', '--index', index, '--json') as { citedBy: { docNumber: string }[] };
    refsResult(citedBy);
    expect(citedBy.citedBy.map((c) => c.docNumber)).toEqual(['某局发〔2024〕3号']);
    const graph = json('refs', '--graph', '--index', index, '--json') as { edges: unknown[] };
    refsResult(graph);
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it('convert', () => {
    const r = json('convert', docs, '-o', join(work, 'out'), '--json', '--no-progress') as { ok: number; documents: number };
    validator('convert-result.schema.json')(r);
    expect([r.ok, r.documents]).toEqual([2, 2]);
  });
});
