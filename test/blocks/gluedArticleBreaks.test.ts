import { describe, expect, it } from 'vitest';
import { gluedArticleBreaks, splitGluedArticles } from '../../src/blocks/gluedArticleBreaks.js';
import { linesOf } from '../helpers/lines.js';

describe('gluedArticleBreaks', () => {
  it.each([
    ['the next article after a full stop', '（六）不得与其他文件重复。第六条 某科负责审核工作。', 6, ['（六）不得与其他文件重复。'.length]],
    ['after a closing bracket and a full-width space', '不得设定行政处罚（见附件）。第六条\u3000某科负责。', 6, ['不得设定行政处罚（见附件）。'.length]],
    ['two in sequence', '某事。第六条 甲。第七条 乙。', 6, [3, 9]],
    ['after a sentence that lost its stop', '本办法自颁发之日起施行第八条 本办法由市某局负责解释。', 8, ['本办法自颁发之日起施行'.length]],
    ['one after a stop, the next after a lost one', '某事。第六条 甲事施行第七条 乙。', 6, [3, 11]],
  ])('%s', (_name, text, next, at) => expect(gluedArticleBreaks(text, next)).toEqual(at));
  it.each([
    ['a cited article in a sentence', '依照本制度第六条 规定办理。', 6],
    ['no space after the number', '某事。第六条规定的事项除外。', 6],
    ['out of sequence', '某事。第九条 某科负责。', 6],
    ['a cited article with a space, a citation going on (规定)', '违反本办法第八条 规定的，予以处罚。', 8],
    ['a cited article with a space, then its paragraph', '依照本办法第八条 第二款处理。', 8],
    ['a cited article with two spaces, a citation going on', '违反本办法第八条  规定的，予以处罚。', 8],
    ['a cited article with a space, then the next cited', '依照第八条 、第九条处理。', 8],
    ['a cited article with a space, then 的', '适用第八条 的规定。', 8],
    ['a lost stop, out of sequence', '本办法自颁发之日起施行第九条 本办法由某局解释。', 8],
    ['a lost stop, no space after the number', '本办法自颁发之日起施行第八条本办法由某局解释。', 8],
  ])('must not fire: %s', (_name, text, next) => expect(gluedArticleBreaks(text, next)).toEqual([]));
});

describe('splitGluedArticles', () => {
  it('cuts the article that follows the one opening an earlier line', () => {
    const lines = splitGluedArticles(linesOf('第五条\n规范性文件的制定应当遵循以下原则:\n(一)符合法律的规定;\n(二)不得与其他文件重复。第六条 某科负责审核工作。'));
    expect(lines.map((l) => l.text)).toEqual(['第五条', '规范性文件的制定应当遵循以下原则:', '(一)符合法律的规定;', '(二)不得与其他文件重复。', '第六条 某科负责审核工作。']);
  });
  it('must not cut before any article opened a line', () => {
    const lines = linesOf('为规范管理，制定本办法。第一条 本办法适用于全市。');
    expect(splitGluedArticles(lines)).toBe(lines);
  });
});
