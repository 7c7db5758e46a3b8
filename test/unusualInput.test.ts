// A real text (fixture 002: twelve documents of a city government, read off fixtures/expected) in the forms it
// takes outside a clean file: its line ends gone, other line ends, invisible characters, a damaged byte.
// Each must give its documents, never an abort, a refusal or one document of everything.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../src/parse.js';
import { readSource } from '../src/read/readSource.js';
import { fixture, expectedFor } from './helpers/fixtures.js';
import type { ParseResult } from '../src/types.js';

const text = readFileSync(fixture('002'), 'utf8');
const expected: { docNumber: string; title: string }[] = JSON.parse(readFileSync(expectedFor('002'), 'utf8')).documents;
const numbers = (r: ParseResult) => r.issues.flatMap((i) => i.documents).map((d) => d.docNumber);
const parse = (t: string) => parseGazette({ text: t, path: 'x.txt' });
const clean = parse(text);

describe('fixture 002 as it is', () => {
  it('has the twelve documents of its reading', () => expect(numbers(clean)).toEqual(expected.map((d) => d.docNumber)));
});

describe('one line of 74,000 characters (a file saved without line ends)', () => {
  const oneLine = text.replace(/\r?\n/g, '');
  const r = parse(oneLine);
  it('is cut into pieces with a warning naming the line', () => {
    expect(r.warnings.filter((w) => w.code === 'long-line-cut').map((w) => w.line)).toEqual([1]);
  });
  it('still yields most of its documents, each with the number of its reading', () => {
    const found = numbers(r);
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const n of found) expect(expected.map((d) => d.docNumber)).toContain(n);
  });
  it('ten copies on one line give ten times the documents', () => {
    expect(numbers(parse(oneLine.repeat(10))).length).toBe(numbers(r).length * 10);
  });
});

describe('line ends and invisible characters', () => {
  it.each([
    ['LINE SEPARATOR for every line end', text.replace(/\r?\n/g, '\u2028')],
    ['PARAGRAPH SEPARATOR', text.replace(/\r?\n/g, '\u2029')],
    ['NEL', text.replace(/\r?\n/g, '\u0085')],
    ['CR alone', text.replace(/\r?\n/g, '\r')],
  ])('%s: the same twelve documents', (_name, t) => expect(numbers(parse(t))).toEqual(expected.map((d) => d.docNumber)));

  it('zero-width characters sprinkled through the text: the same documents and titles', () => {
    const marks = ['\u200b', '\u200d', '\u2060', '\u00ad', '\ufeff'];
    let k = 0;
    // after every seventh character, one invisible mark
    const sprinkled = text.replace(/[^\r\n]{7}/g, (run) => run + marks[k++ % marks.length]);
    const r = parse(sprinkled);
    expect(numbers(r)).toEqual(numbers(clean));
    expect(r.issues[0].documents.map((d) => d.title)).toEqual(clean.issues[0].documents.map((d) => d.title));
  });
  it('a zero-width space inside a 发文字号 of a 某市 notice', () => {
    const d = parse(['某市人民政府关于某事的通知', '', '某政发〔2023〕\u200b9号', '', '各区人民政府：', '', '现将有关事项通知如下。', '', '某市人民政府', '2023年1月5日'].join('\n')).issues[0].documents[0];
    expect([d.title, d.docNumber, d.signDate]).toEqual(['某市人民政府关于某事的通知', '某政发〔2023〕9号', '2023-01-05']);
  });
});

describe('a damaged byte sequence', () => {
  it('is read as U+FFFD with a warning naming its line; every document is still there', () => {
    const bytes = readFileSync(fixture('002'));
    // an encoded surrogate pair (not valid UTF-8) put after line 40's line end
    let at = 0;
    for (let n = 0; n < 40; n++) at = bytes.indexOf(0x0a, at) + 1;
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]), bytes.subarray(at)]);
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-bytes-'));
    const file = join(dir, 'damaged.txt');
    writeFileSync(file, damaged);
    const src = readSource(file);
    expect(src.warnings).toEqual([{ code: 'invalid-bytes', message: expect.stringContaining(`offset ${at}`), line: 41 }]);
    expect(src.replaced).toBeGreaterThan(0);
    const r = parseGazette({ text: src.text, path: file, warnings: src.warnings });
    expect(numbers(r)).toEqual(expected.map((d) => d.docNumber));
    expect(r.warnings[0].code).toBe('invalid-bytes');
    rmSync(dir, { recursive: true, force: true });
  });
});
