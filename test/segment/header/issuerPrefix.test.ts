import { describe, expect, it } from 'vitest';
import { organBeforeKind, splitIssuerPrefix } from '../../../src/segment/header/issuerPrefix.js';

describe('splitIssuerPrefix', () => {
  it.each([
    ['某市人民政府关于某事的通知', '某市人民政府'],
    ['某某局 某某委员会关于某事的通知', '某某局、某某委员会'],
    // a title that forwards, issues or approves a text without 关于
    ['某市人民政府办公室转发市发改委等部门《某某办法》的通知', '某市人民政府办公室'],
    ['某市人民政府印发《某某方案》的通知', '某市人民政府'],
    ['某省人民政府批转某厅《某某意见》的通知', '某省人民政府'],
    // 关于 decides where there is one: the verb inside the matter is not the split
    ['某市人民政府关于转发《某某办法》的通知', '某市人民政府'],
    // the verb before a 关于 the forwarded text's own title holds: the issuer is before the verb
    ['某市人民政府办公厅转发市文化局市新闻出版局关于某某办法的通知', '某市人民政府办公厅'],
  ])('%s → %s', (title, issuer) => expect(splitIssuerPrefix(title).issuer).toBe(issuer));
  it.each([
    ['关于转发《某某办法》的通知'], // no prefix
    ['转发某市人民政府《某某办法》的通知'],
    ['进一步做好印发工作的通知'], // the words before the verb are no organ
    ['某某办法'],
  ])('must not: %s', (title) => expect(splitIssuerPrefix(title).issuer).toBeNull());
});

describe('organBeforeKind', () => {
  it.each([
    ['某县人民政府征收土地预公告', '某县人民政府'],
    ['某市人民政府办公室通告', '某市人民政府办公室'], // a unit after the organ lengthens it
    ['某县人民政府撤销某某检查站的通告', '某县人民政府'], // not up to a station the matter names
    ['某县人民政府森林防火禁火令', '某县人民政府'],
    ['某市人民代表大会常务委员会公告', '某市人民代表大会常务委员会'],
  ])('%s → %s', (title, issuer) => expect(organBeforeKind(title)).toBe(issuer));
  it.each([
    ['某县人民政府工作规则'], // a rule's name: the organ is its scope, not its issuer
    ['某市人民政府关于某事的通知'], // 关于: splitIssuerPrefix reads it
    ['征收土地预公告'], // no organ
    ['禁止燃放烟花爆竹的通告'],
    ['城区垃圾分类收集实施办法的通知'], // a head cut inside 办法 is no organ (…实施办)
    ['某某工作处理意见的通知'], // nor one cut inside 处理
    ['某某专项工作会议的通知'], // nor inside 会议
  ])('must not: %s', (title) => expect(organBeforeKind(title)).toBeNull());
});
