import { describe, expect, it } from 'vitest';
import { withoutColumnTag } from '../../../src/segment/header/columnTag.js';

describe('withoutColumnTag', () => {
  it.each([
    ['[应急知识]关于禁止楼道堆放杂物的紧急提示', '关于禁止楼道堆放杂物的紧急提示'],
    ['【政策解读】某市人民政府关于某事的通知', '某市人民政府关于某事的通知'],
    ['［通知公告］ 某县某事管理办法', '某县某事管理办法'],
  ])('%s → %s', (line, title) => expect(withoutColumnTag(line)).toBe(title));
  it.each([
    ['【发文字号】某政发〔2024〕1号'], // a label and its value, no title after it
    ['[1]关于某事的通知'], // a note mark: no Chinese in the brackets
    ['【注】本办法所称某事，是指……'], // a note in the text
    ['关于某事的通知'], // no tag
  ])('must not fire: %s', (line) => expect(withoutColumnTag(line)).toBe(line));
});
