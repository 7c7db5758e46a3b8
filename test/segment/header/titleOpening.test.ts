import { describe, expect, it } from 'vitest';
import { opensTitle } from '../../../src/segment/header/titleOpening.js';

describe('opensTitle', () => {
  it.each([
    ['某某省人民政府办公厅关于加快发展某某经济的'],
    ['某市人民政府关于公布第二批名单的通知'],
    ['国务院关于某某工作的意见'],
    ['中共某某市委办公室 某某市人民政府办公室关于印发'],
    ['某某自治区人民政府关于某某的批复'],
    ['农业农村部关于实行某某流域禁渔期制度的通告'], // a ministry of the State Council, no place in its name
    ['海关总署关于某某事项的公告'],
    ['××省人民政府关于表彰某某模范个人的决定'], // a template's masked place
    ['XX市人民政府办公室关于印发某某办法的通知'],
  ])('%s opens a title', (t) => expect(opensTitle(t)).toBe(true));
  it.each([
    ['公厅关于印发某某办法的通知'], // the wrapped tail of 某某省人民政府办公厅
    ['办公室关于印发某某办法的通知'], // the tail of 某市人民政府办公室
    ['人民政府关于某某的通知'], // no place before 人民政府
    ['关于加快发展某某经济的实施意见'], // no issuer: the line above may hold it
    ['某某市某某县某某村'], // no 关于
    ['财政厅关于某某的通知'], // an organ without its place: not decided here
    ['宣传部关于某某的通知'], // a department's name, the tail of 中共某市委 / 宣传部
    ['部关于某某的通知'],
    ['××人民政府关于某某的通知'], // masks, but no place's level before 人民政府
  ])('%s does not', (t) => expect(opensTitle(t)).toBe(false));
});
