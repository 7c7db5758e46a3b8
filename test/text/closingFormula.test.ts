import { describe, expect, it } from 'vitest';
import { isClosingFormula } from '../../src/text/closingFormula.js';

describe('isClosingFormula', () => {
  it.each([['特此通知。'], ['特此公告。'], ['特此批复'], ['此复。'], ['妥否，请批示。'], ['专此报告。'], ['特 此 通 知。']])('%s closes a document', (t) => expect(isClosingFormula(t)).toBe(true));
  it.each([
    ['特此通知如下：各单位要做好工作。'], // running text
    ['现将有关事项通知如下：'],
    ['二、补偿标准按有关规定执行。'],
    ['此复印件与原件一致。'],
  ])('%s does not', (t) => expect(isClosingFormula(t)).toBe(false));
});
