import { describe, expect, it } from 'vitest';
import { splitIssuerPrefix } from '../../../src/segment/header/issuerPrefix.js';

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
