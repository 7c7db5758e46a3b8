import { describe, expect, it } from 'vitest';
import { readFontCodePunctuation } from '../../src/read/fontCodePunctuation.js';
import { isSpacedOutLine, unspaceCharacters } from '../../src/read/spacedCharacters.js';
import { restoreLostSpaces } from '../../src/read/lostSpaces.js';

describe('readFontCodePunctuation', () => {
  it.each([
    ['现印发给你们ꎬ请认真贯彻执行ꎮ', '现印发给你们，请认真贯彻执行。'],
    ['ꆶ某某办法ꆷ已经省政府同意ꎬ现印发ꎮ', '《某某办法》已经省政府同意，现印发。'],
    ['各市ꆢ州人民政府ꎻ省政府各部门ꎺ', '各市、州人民政府；省政府各部门：'],
  ])('%s', (text, want) => expect(readFontCodePunctuation(text).text).toBe(want));
  it.each([
    ['a text in Yi script (syllables outside the punctuation rows)', 'ꆈꌠꁱꂷ ꎬ某某州'],
    ['a single stray code point', '某某ꎬ某某'],
    ['no Chinese character', 'ꎬꎮ'],
  ])('must not read: %s', (_name, text) => expect(readFontCodePunctuation(text)).toEqual({ text, changed: 0 }));
});

describe('unspaceCharacters', () => {
  it('takes the spaces out of a line spaced character by character', () => {
    expect(unspaceCharacters('省 政 府 文 件 某 某 省 人 民 政 府 关 于 印 发 某 某 办 法 的 通 知 各 市 州 人 民 政 府 ，').text).toBe('省政府文件某某省人民政府关于印发某某办法的通知各市州人民政府，');
  });
  it('keeps the digits and marks beside the characters together', () => {
    expect(unspaceCharacters('某 某 省 人 民 政 府 年 4 月 30 日 贷 存 比 不 低 于 70% 。 鼓 励 县 域 法 人 金 融 机 构').text).toBe('某某省人民政府年4月30日贷存比不低于70%。鼓励县域法人金融机构');
  });
  it.each([
    ['a spaced heading', '第一章 总 则'],
    ['a spaced signature', '国 务 院'],
    ['words separated by spaces', '某某省人民政府 某某省财政厅 某某省人力资源和社会保障厅 关于某某事项的通知 各市人民政府'],
  ])('must not: %s', (_name, text) => {
    expect(isSpacedOutLine(text)).toBe(false);
    expect(unspaceCharacters(text).text).toBe(text);
  });
});

describe('restoreLostSpaces', () => {
  it.each([
    ['a run after the signature and the date', '某某省人民政府????????\n2023年1月19日????????', '某某省人民政府        \n2023年1月19日        '],
    ['one between characters, twice', '第一章?总?则\n第一条?为了规范某某工作，制定本规则。', '第一章 总 则\n第一条 为了规范某某工作，制定本规则。'],
    ['after a time of day, on its own', '2025-01-10 09:36:25? 作者: 来源:某某区人民政府', '2025-01-10 09:36:25  作者: 来源:某某区人民政府'],
  ])('%s', (_name, text, want) => expect(restoreLostSpaces(text).text).toBe(want));
  it.each([
    ['a question mark of the text, once', '这是为什么?请看下文。'],
    ['a web address', '详见 http://www.example.gov.cn/index.jsp?id=12 某某'],
    ['an English question', 'What is this?? 某某'],
  ])('must not: %s', (_name, text) => expect(restoreLostSpaces(text)).toEqual({ text, restored: 0 }));
});
