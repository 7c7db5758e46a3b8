import { describe, expect, it } from 'vitest';
import { parsePublicity } from '../../src/segment/publicity.js';
import { parseAdoptionNote } from '../../src/segment/adoptionNote.js';

describe('parsePublicity', () => {
  it.each([
    ['（此件公开发布）', '此件公开发布'],
    ['(此件公开发布)', '此件公开发布'],
    ['（此件删减后公开）', '此件删减后公开'],
    ['（此 件 公 开 发 布）', '此件公开发布'],
  ])('%s', (input, expected) => expect(parsePublicity(input)).toBe(expected));
  it('ignores running text', () => expect(parsePublicity('此件已经区政府同意，现印发给你们，请认真贯彻落实。本通知自发布之日起施行')).toBeNull());
});

describe('parseAdoptionNote', () => {
  it.each([
    ['（2011年12月22日某某省第十一届人民代表大会常务委员会第二十七次会议通过）', '2011-12-22'],
    ['(2020年5月8日市人民政府第60次常务会议审议通过)', '2020-05-08'],
  ])('%s', (input, expected) => expect(parseAdoptionNote(input)).toBe(expected));
  it('an effective date is not an adoption date', () => expect(parseAdoptionNote('（自2023年9月8日起施行）')).toBeNull());
});
