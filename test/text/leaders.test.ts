import { describe, expect, it } from 'vitest';
import { endsWithLeaderPage, isLeaderLine } from '../../src/text/leaders.js';

describe('endsWithLeaderPage', () => {
  it.each([['（某政发〔2024〕9号）……………（2）'], ['(城政发[2023]4号) ..... (3)'], ['某市人民政府关于某事的通知···12'], ['第一章 总则。。。。3'], ['某某办法．．．．15']])('%s ends with a page reference', (t) => expect(endsWithLeaderPage(t)).toBe(true));
  it.each([['截至2023年底共有 12'], ['某某工作方案（2023—2025年）'], ['详见附件 3'], ['……'], ['增长3.5']])('%s does not', (t) => expect(endsWithLeaderPage(t)).toBe(false));
});

describe('isLeaderLine', () => {
  it.each([['……………………'], ['. . . . . . . .'], ['··········'], ['。。。。。。']])('%s is a line of leaders', (t) => expect(isLeaderLine(t)).toBe(true));
  it.each([['……'], ['某某……12'], ['12'], ['']])('%s is not', (t) => expect(isLeaderLine(t)).toBe(false));
});
