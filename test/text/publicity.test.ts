import { describe, expect, it } from 'vitest';
import { parsePublicity } from '../../src/text/publicity.js';

describe('parsePublicity', () => {
  it.each([
    ['（此件公开发布）', '此件公开发布'],
    ['(此件公开发布)', '此件公开发布'],
    ['（此件删减后公开）', '此件删减后公开'],
    ['（此 件 公 开 发 布）', '此件公开发布'],
  ])('%s', (input, expected) => expect(parsePublicity(input)).toBe(expected));
  it('ignores running text', () => expect(parsePublicity('此件已经区政府同意，现印发给你们，请认真贯彻落实。本通知自发布之日起施行')).toBeNull());
});
