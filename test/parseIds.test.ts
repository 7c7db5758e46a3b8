/** Document ids: unique within a file, and cheap however many documents share a number or a title. */
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../src/parse.js';

describe('document ids', () => {
  it('gives documents with the same 发文字号 distinct ids, the repeats numbered', () => {
    const doc = '某市人民政府关于某事的通知\n某政发〔2023〕1号\n各区人民政府：\n现将有关事项通知如下。\n';
    const r = parseGazette({ text: doc.repeat(3), path: 'same.txt' });
    const ids = r.issues.flatMap((i) => i.documents.map((d) => d.id));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[2]).toBe(`${ids[0]}-3`);
  });

  it('stays linear with thousands of documents of one number (ids do not grow with the count)', () => {
    const doc = '某市人民政府关于某事的通知\n某政发〔2023〕1号\n各区人民政府：\n现将有关事项通知如下。\n\n';
    const r = parseGazette({ text: doc.repeat(3000), path: 'many.txt' });
    const ids = r.issues.flatMap((i) => i.documents.map((d) => d.id));
    expect(ids.length).toBe(3000);
    expect(Math.max(...ids.slice(0, 10).map((id) => id.length))).toBeLessThan(40);
    expect(ids[2999].length).toBeLessThan(40);
  });
});
