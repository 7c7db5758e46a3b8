import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/text/markers.js';

describe('parseMarker', () => {
  it.each([
    ['第一章 总 则', 'chapter', 1, '总 则'],
    ['第十二章　附则', 'chapter', 12, '附则'],
    ['第二节 审批程序', 'section', 2, '审批程序'],
    ['第三编 分则', 'part', 3, '分则'],
    ['第十二条 本办法自印发之日起施行。', 'article', 12, '本办法自印发之日起施行。'],
    ['第一条（适用范围）为了规范……', 'article', 1, '（适用范围）为了规范……'],
    ['第一百零三条 附则', 'article', 103, '附则'],
    ['一、总体要求', 'cn', 1, '总体要求'],
    ['四十六、其他', 'cn', 46, '其他'],
    ['（一）指导思想。以……', 'cnParen', 1, '指导思想。以……'],
    ['(十一)推进反食品浪费工作', 'cnParen', 11, '推进反食品浪费工作'],
    ['1.保障市场主体公平竞争。', 'arabic', 1, '保障市场主体公平竞争。'],
    ['12．宣传政策', 'arabic', 12, '宣传政策'],
    ['（3）完善机制', 'arabicParen', 3, '完善机制'],
    ['②扬尘源', 'circled', 2, '扬尘源'],
    ['3.2.1 预警分级', 'dec3', 1, '预警分级'],
    ['1 总则', 'dec1', 1, '总则'],
    // an article whose text starts without a space
    ['第三条在本省行政区域内从事某事，应当遵守本规定。', 'article', 3, '在本省行政区域内从事某事，应当遵守本规定。'],
    ['第四条 修改本条例，应当听取意见。', 'article', 4, '修改本条例，应当听取意见。'],
    ['第五条修改、废止本条例，依照本条例的规定进行。', 'article', 5, '修改、废止本条例，依照本条例的规定进行。'],
  ])('%s → %s %d', (text, kind, number, rest) => {
    expect(parseMarker(text)).toMatchObject({ kind, number, rest });
  });

  it.each([
    ['第十七条、第十八条规定的情形'],
    ['第五条规定的审计内容'],
    // a decision's amending instructions name an article; they are not one
    ['第九条修改为:“各级人民政府应当发挥本地优势。”'],
    ['第十三条增加一款作为该条第二款，即：“……。”'],
    ['第十三条后增加一条作为第十四条，即：“……。”'],
    ['第十条第四项修改为：“……；”'],
    ['第二十条删去。'],
    ['一是加强组织领导'],
    ['一、二级重度残疾人纳入救助'],
    ['2.5亿元用于'],
    ['2023年全区'],
    ['普查标准时点为2023年12月31日'],
  ])('%s is not a marker', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});
