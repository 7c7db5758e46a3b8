import { describe, expect, it } from 'vitest';
import { endsWithWebAddress, isWebAddressLine } from '../../src/text/webAddress.js';

describe('endsWithWebAddress', () => {
  it.each([['某某注册开户网址 www.example.com'], ['原文 http://www.example.gov.cn/art/1.html'], ['HTTPS://EXAMPLE.CN/A '], ['某市人民政府 EXAMPLE.GOV.CN']])('%s', (t) => expect(endsWithWebAddress(t)).toBe(true));
  it.each([['详情请登录www.example.com查询'], ['某市人民政府关于某事的通知'], ['网址：请登录某市人民政府网站'], ['某某软件v2.cn'], ['关于推广使用某某.com平台的通知']])('must not: %s', (t) => expect(endsWithWebAddress(t)).toBe(false));
});

describe('isWebAddressLine', () => {
  it.each([['http://www.example.gov.cn/npc/c1/2021/a.shtml'], ['<https://www.example.gov.cn/a.html>'], ['  www.example.com ']])('%s', (t) => expect(isWebAddressLine(t)).toBe(true));
  it.each([['原文 http://www.example.gov.cn/art/1.html'], ['http://www.example.gov.cn 某市人民政府网站'], ['第一条 为了规范管理，制定本办法。']])('must not: %s', (t) => expect(isWebAddressLine(t)).toBe(false));
});
