import { describe, expect, it } from 'vitest';
import { parseSectionLabel } from '../../../src/segment/issue/sectionLabel.js';

describe('parseSectionLabel', () => {
  it.each([
    ['【市政府文件】', '市政府文件'],
    ['市政府办公室文件', '市政府办公室文件'],
    ['·部门文件·', '部门文件'],
    ['◆ 行政规范性文件 ◆', '行政规范性文件'],
    ['［人事任免］', '人事任免'],
  ])('%s → %s', (text, label) => expect(parseSectionLabel(text)).toBe(label));
  it.each([['关于印发某某文件的通知'], ['各有关单位要认真学习文件。'], ['晋城市城区人民政府']])('%s is not a section label', (text) => {
    expect(parseSectionLabel(text)).toBeNull();
  });
});
