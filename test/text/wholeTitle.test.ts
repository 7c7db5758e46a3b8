import { describe, expect, it } from 'vitest';
import { aboutOpensTitle, isWholeTitleLine, opensRunningText } from '../../src/text/wholeTitle.js';

describe('isWholeTitleLine', () => {
  it.each([
    ['关于推进某某勘查规范某某延续登记有关问题的通知', true],
    ['某某市人民政府关于加强某某工作管理的意见', true],
    ['某某省某某厅关于某某问题的批复', true],
    ['关于某某工作的实施意见', true],
    // must not: a kind that is not a formal one (a title that goes on: 办法 / 实施细则的通知), no 的 before the kind
    ['某某市人民政府办公室关于印发某某管理办法', false],
    ['关于印发某某规定的办法', false],
    ['关于某某工作通知', false],
    // must not: running text citing a title
    ['按照市人民政府关于加强某某工作管理的通知', false],
    ['根据《某某市人民政府关于加强某某工作的通知', false],
    ['现将某某关于某某的通知', false],
    ['某某市人民政府', false],
  ])('%s → %s', (text, expected) => expect(isWholeTitleLine(text)).toBe(expected));
});

describe('opensRunningText', () => {
  it.each([
    ['为认真贯彻落实《某某通知》(某发', true],
    ['根据《某某条例》规定', true],
    ['现将有关事项通知如下', true],
    ['各县人民政府，市政府各部门：', true],
    // must not: a title's next line
    ['实施细则的通知', false],
    ['的通知', false],
    ['某政办发〔2024〕2号', false],
  ])('%s → %s', (text, expected) => expect(opensRunningText(text)).toBe(expected));
});

describe('aboutOpensTitle', () => {
  it.each([
    ['关于某事的通知', true],
    ['某市人民政府关于某事的通知', true],
    // must not: no 关于, or something other than an organ before it
    ['某市某事管理办法', false],
    ['已印发各地关于某事的通知', false],
  ])('%s → %s', (text, expected) => expect(aboutOpensTitle(text)).toBe(expected));
});
