import { describe, expect, it } from 'vitest';
import { abbreviates, isOrganList, looksLikeOrganName, organsOfLine } from '../../src/text/organName.js';

describe('looksLikeOrganName', () => {
  it.each([['某市人民政府办公室'], ['某某省发展和改革委员会'], ['国 家 能 源 局'], ['某市水文监测站'], ['某市人大常委会'], ['某某中心校'], ['某市第一中学'], ['某某大学'], ['中共某市委党校'], ['某市政府网站管理中心'], ['中国人民政治协商会议'], ['某某省政治协商会议'], ['中共某某市委宣传部'], ['中共某某市委宣传'], ['中共某某县委办公室'], ['某市疫情防控工作领导小组'], ['某县某事工作小组'], ['××省人民政府(印章)'], ['某某局（盖章）']])('%s', (t) => expect(looksLikeOrganName(t)).toBe(true));
  it.each([
    ['县政府网站'], // a website, though 站 ends the names of stations
    ['中共党员要发挥先锋模范作用'], // 中共 in a sentence, no committee after it
    ['中共某某市委关于某事的通知'], // a title
    ['中共某某市委宣传部，某市文明办：'], // an addressee list
    ['某某网站'],
    ['某某城镇发展官方网站某部办公厅'], // a site's banner glued over the issuer of the title below it
    ['各区人民政府，市政府各部门'], // punctuation: a list, not a name
    ['关于某事的通知'],
    ['某市人民政府第十次常务会议'], // a meeting, not an organ
    ['全市某某工作会议'],
    ['局'],
    ['(印章)'], // the mark alone
    ['申请单位（盖章）'], // a form's label for the seal: no organ's name
    ['关于加强中小学校'], // a title's first line ending in a school's word
    ['某某省人民政府办公厅关于加强普通高等学校'], // a title wrapped after a school's word
    ['各中小学校'], // a list of schools (the 主送)
    ['全市中小学和幼儿园'],
    ['区人民政府办公室关于印发2020年区政府'], // a title's opening wrapped at 政府
  ])('must not fire: %s', (t) => expect(looksLikeOrganName(t)).toBe(false));
});

describe('organsOfLine', () => {
  it('splits organs a line names side by side', () => expect(organsOfLine('某某省发展和改革委员会 某某省能源局')).toEqual(['某某省发展和改革委员会', '某某省能源局']));
  it('keeps a name spaced out to fill the line whole', () => expect(organsOfLine('国 家 能 源 局')).toEqual(['国家能源局']));
  it('leaves the seal mark out of the name', () => expect(organsOfLine('××省人民政府(印章)')).toEqual(['××省人民政府']));
  it('leaves each seal mark out of a joint signature', () => expect(organsOfLine('某某局（盖章） 某某委员会（盖章）')).toEqual(['某某局', '某某委员会']));
});

describe('isOrganList', () => {
  it.each([['某某省财政厅'], ['某某省财政厅、某某省教育厅'], ['某某省财政厅 某某省教育厅']])('%s', (t) => expect(isOrganList(t)).toBe(true));
  it.each([[''], ['县政府网站'], ['某某省财政厅、有关单位负责人']])('must not fire: %j', (t) => expect(isOrganList(t)).toBe(false));
});

describe('abbreviates', () => {
  it.each([['某市安委会办公室', '某市安全生产委员会办公室'], ['某市政府', '某市人民政府'], ['某县人大常委会', '某县人民代表大会常务委员会']])('%s abbreviates %s', (a, b) => expect(abbreviates(a, b)).toBe(true));
  it.each([
    ['某市人民政府', '某市人民政府办公室'], // another organ: the office of the government
    ['某市人民政府', '某市人民政府'], // the same name
    ['某市财政局', '某市人民政府'], // another organ
    ['市安委会办公室', '某市安全生产委员会办公室'], // the place left out: not this rule's
    ['某区人民政府办公室', '某市某区人民政府办公室'], // a parent place before a whole name
  ])('must not: %s for %s', (a, b) => expect(abbreviates(a, b)).toBe(false));
});
