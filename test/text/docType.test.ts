import { describe, expect, it } from 'vitest';
import { detectDocType, isTrailingNoteLine, withoutKindColon, withoutTrailingNotes, withoutYearSortPrefix } from '../../src/text/docType.js';

describe('detectDocType', () => {
  it.each([
    ['晋城市城区人民政府关于认真做好我区第五次全国经济普查工作的通知', '通知'],
    ['晋城市人民政府关于推动创新创业高质量发展打造“双创”升级版的实施意见', '实施意见'],
    ['晋城市支持工业高质量发展十条政策措施(试行)', '措施'],
    ['市长履行经济责任风险防控办法(征求意见稿)', '办法'],
    ['关于征求《某某办法》修改意见的函', '函'],
    ['某市人民政府关于同意设立某某开发区的批复', '批复'],
    ['某某省优化营商环境条例', '条例'],
    ['中华人民共和国民法典', '法典'], // the kinds of statutes: a code, general principles, an amendment
    ['中华人民共和国民法通则', '通则'],
    ['中华人民共和国宪法修正案', '修正案'],
    ['2016年某市某某工作总结', '总结'],
    // the years a plan covers after its kind
    ['某市促进残疾人就业行动实施方案(2023—2025年)', '实施方案'],
    ['某某省生态环境保护规划（2021-2025年）', '规划'],
    ['某市某某工作要点（2024年）', '要点'],
    ['某某行动计划(2023-2025)(试行)', '计划'],
    // a law database's note that it prints an excerpt
    ['某部关于某事问题的复函(摘录)', '函'],
    ['某某省某某条例（节选）', '条例'],
    // a public notice of names or projects (公示), a kind government sites publish beside 公告
    ['某某县2025年度拟表彰项目初审情况的公示', '公示'],
    ['某市2019年某某单位拟入选名单公示公告', '公告'],
  ])('%s → %s', (title, kind) => {
    expect(detectDocType(title)).toBe(kind);
  });
  it('returns null for non-titles', () => {
    expect(detectDocType('为加强对普查工作的组织领导')).toBeNull();
    // (years in brackets after something else are no kind's note)
    expect(detectDocType('某某工作推进情况（2023年）')).toBeNull();
    expect(detectDocType('某某讲话(摘录)')).toBeNull();
  });
});

describe('withoutTrailingNotes', () => {
  it.each([
    ['某市某事管理条例(2003年修正)', '某市某事管理条例'],
    ['某某办法（试行）', '某某办法'],
    ['某某规划（2021—2025年）', '某某规划'],
    ['关于某事的通知(废止)', '关于某事的通知'], // a law database's status note
    ['某某办法（已失效）', '某某办法'],
    ['某 某 条 例', '某某条例'], // spaces go too
  ])('%s → %s', (title, bare) => expect(withoutTrailingNotes(title)).toBe(bare));
  it.each([['某某条例(第一部分)'], ['某某(2003年修正)条例']])('must not take a note that is none of status or years, or not at the end: %s', (title) => expect(withoutTrailingNotes(title)).toBe(title));
});

describe('isTrailingNoteLine', () => {
  it.each([['(草案)'], ['（征求意见稿）'], ['(2018-2020年)'], ['（ 试行 ）'], ['（2022年版）']])('%s', (t) => expect(isTrailingNoteLine(t)).toBe(true));
  it.each([['（某市人民政府办公室）'], ['(此件公开发布)'], ['(一)'], ['草案'], ['某某办法(草案)']])('must not fire: %s', (t) => expect(isTrailingNoteLine(t)).toBe(false));
});

describe('withoutKindColon', () => {
  it.each([
    ['关于某事的通告:', '关于某事的通告'],
    ['某市人民政府公告：', '某市人民政府公告'],
    // must not: a colon after no kind, no colon
    ['广大市民朋友:', '广大市民朋友:'],
    ['通知如下：', '通知如下：'],
    ['关于某事的通告', '关于某事的通告'],
  ])('%s → %s', (t, want) => expect(withoutKindColon(t)).toBe(want));
});

describe('withoutYearSortPrefix', () => {
  it.each([
    ['2018-中华人民共和国某某法', '中华人民共和国某某法'],
    [' 2015-某某省某某条例', '某某省某某条例'],
    // must not: a year range, a year in words, a prefix before no whole title, no prefix
    ['2023-2025年某市某某行动计划', '2023-2025年某市某某行动计划'],
    ['2023年某市某某工作要点', '2023年某市某某工作要点'],
    ['2012-治安', '2012-治安'],
    ['中华人民共和国某某法', '中华人民共和国某某法'],
  ])('%s → %s', (t, want) => expect(withoutYearSortPrefix(t)).toBe(want));
});
