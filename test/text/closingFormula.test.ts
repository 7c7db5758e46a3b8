import { describe, expect, it } from 'vitest';
import { endsWithClosingFormula, isClosingFormula } from '../../src/text/closingFormula.js';

describe('isClosingFormula', () => {
  it.each([['特此通知。'], ['特此公告。'], ['特此批复'], ['此复。'], ['妥否，请批示。'], ['专此报告。'], ['特 此 通 知。']])('%s closes a document', (t) => expect(isClosingFormula(t)).toBe(true));
  it.each([
    ['特此通知如下：各单位要做好工作。'], // running text
    ['现将有关事项通知如下：'],
    ['二、补偿标准按有关规定执行。'],
    ['此复印件与原件一致。'],
  ])('%s does not', (t) => expect(isClosingFormula(t)).toBe(false));
});

describe('endsWithClosingFormula', () => {
  it.each([['举报电话:1234567特此通告'], ['违者依法处理。特此公告。'], ['特此通知']])('%s', (t) => expect(endsWithClosingFormula(t)).toBe(true));
  it.each([['特此通知如下：'], ['现将有关事项通告如下：'], ['关于做好某事工作的通告']])('must not: %s', (t) => expect(endsWithClosingFormula(t)).toBe(false));
});
