import { describe, expect, it } from 'vitest';
import { startsWithLabel } from '../../src/text/labelLine.js';

describe('startsWithLabel', () => {
  it.each([['主办单位：某市人民政府办公室'], ['电话:0123-4567890'], ['标题：某某办法'], ['  发布时间：2023-01-05']])('%s opens with a label', (t) => expect(startsWithLabel(t)).toBe(true));
  it.each([
    ['某市人民政府关于某某的通知'], // a title
    ['各区人民政府，市政府各部门：'], // a 主送 line: clause marks before the colon
    ['根据某某省人民政府办公厅有关规定：'], // more than eight characters before the colon
    ['某市 人民政府：'], // a space inside
  ])('%s does not', (t) => expect(startsWithLabel(t)).toBe(false));
});
