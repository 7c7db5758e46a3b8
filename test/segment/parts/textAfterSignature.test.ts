import { describe, expect, it } from 'vitest';
import { holdsText } from '../../../src/segment/parts/textAfterSignature.js';

describe('holdsText', () => {
  it.each([
    ['sentences', ['为加强管理，制定本规定。', '本规定自发布之日起施行。']],
    ['numbered parts', ['一、总体要求', '（一）指导思想']],
    ['an article', ['第一条 为了规范管理，制定本办法。']],
  ])('%s', (_name, texts) => expect(holdsText(texts)).toBe(true));
  it.each([
    ['a page\'s source and editor', ['来源：某某区融媒体中心、区自然资源局', '编辑：某某']],
    ['a bar', ['|']],
    ['nothing', []],
  ])('must not fire: %s', (_name, texts) => expect(holdsText(texts)).toBe(false));
});
