import { describe, expect, it } from 'vitest';
import { issuedTextLabelAt } from '../../../src/segment/parts/issuedTextLabel.js';
import { plainLines } from '../../../src/blocks/plainLines.js';

const at = (lines: string[]) => issuedTextLabelAt(plainLines(lines), 0, lines.length);

describe('issuedTextLabelAt', () => {
  it.each([
    ['on one line', ['某政办发〔2021〕2号附件', '某市某事工作方案'], 1],
    ['broken after the year', ['某政办发〔2021〕', '2号附件', '某市某事工作方案'], 2],
    ['with the attachment number', ['某政发〔2023〕15号附件1', '某市某事办法'], 1],
  ])('%s', (_name, lines, n) => expect(at(lines)).toBe(n));
  it.each([
    ['a title', ['某市某事工作方案']],
    ['a number alone', ['某政办发〔2021〕2号', '某市某事工作方案']],
    ['an attachment label', ['附件1', '某市某事工作方案']],
    ['text ending in 附件', ['请按要求填写附件', '某市某事工作方案']],
  ])('must not fire: %s', (_name, lines) => expect(at(lines)).toBe(0));
});
