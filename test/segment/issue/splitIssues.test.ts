import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../../src/parse.js';

const issue = (n: number) => ['某市人民政府公报', `2023年第${n}期（总第${100 + n}期）`];
const doc = (k: number) => [`某市人民政府关于某事${k}的通知`, `某政发〔2023〕${k}号`, '各区人民政府：', '现将有关事项通知如下。', '某市人民政府', '2023年3月1日'];

describe('issues of a file', () => {
  it('a cover with the masthead, then the masthead again with the same number: one issue', () => {
    const text = [...issue(3), '目录', '某市人民政府关于某事1的通知 ..... 2', ...issue(3), ...doc(1)].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    expect(r.issues.map((i) => [i.number, i.documents.length])).toEqual([[3, 1]]);
  });
  it('another number starts another issue', () => {
    const text = [...issue(3), ...doc(1), ...issue(4), ...doc(2)].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    expect(r.issues.map((i) => [i.number, i.documents.length])).toEqual([[3, 1], [4, 1]]);
  });
});
