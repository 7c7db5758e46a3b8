import { describe, expect, it } from 'vitest';
import { opensAttachmentNote, parseAttachmentLabel } from '../../src/text/attachmentLabel.js';

describe('parseAttachmentLabel', () => {
  it.each([
    ['附件', { number: null, title: null }],
    ['附件2', { number: 2, title: null }],
    ['附件 3：', { number: 3, title: null }],
    ['附件1：某市5G产业发展任务分工表', { number: 1, title: '某市5G产业发展任务分工表' }],
    // a statute's annexes printed in full
    ['附件一', { number: 1, title: null }],
    ['附件十二', { number: 12, title: null }],
    ['附件二：某某标准', { number: 2, title: '某某标准' }],
  ])('%s', (t, v) => expect(parseAttachmentLabel(t)).toEqual(v));
  it.each([['附件一并报送省政府。'], ['附件一式两份'], ['附件已收悉']])('%s is not a label', (t) => expect(parseAttachmentLabel(t)).toBeNull());
  it('a 附件说明 entry is not a label', () => expect(parseAttachmentLabel('附件：1.某某申请表')).toBeNull());
});

describe('opensAttachmentNote', () => {
  it.each([['附件：某某办法'], ['附件:'], ['附：某县人民政府办公室《关于某事的通知》'], ['附 件 ：1.某某表']])('%s', (t) => expect(opensAttachmentNote(t)).toBe(true));
  it.each([['附件一并报送。'], ['附近居民请绕行。'], ['附属设施管理办法']])('must not: %s', (t) => expect(opensAttachmentNote(t)).toBe(false));
});
