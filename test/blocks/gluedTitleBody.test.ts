import { describe, expect, it } from 'vitest';
import { splitGluedTitleBodies } from '../../src/blocks/gluedTitleBody.js';
import { linesOf } from '../helpers/lines.js';

const texts = (text: string): string[] => splitGluedTitleBodies(linesOf(text)).map((l) => l.text);

describe('splitGluedTitleBodies', () => {
  it.each([
    ['the rest of a title whose line above stops at 关于', '某市人民政府关于\n禁止某事的通告为推进某事,现将有关事项通告如下:', ['某市人民政府关于', '禁止某事的通告', '为推进某事,现将有关事项通告如下:']],
    ['a whole 关于 title', '关于禁止某事的通告根据《某某法》规定,现通告如下:', ['关于禁止某事的通告', '根据《某某法》规定,现通告如下:']],
    ['the heading above printed again', '严禁某事通告\n严禁某事通告为了保护环境,特通告如下:', ['严禁某事通告', '严禁某事通告', '为了保护环境,特通告如下:']],
  ])('%s', (_name, text, want) => expect(texts(text)).toEqual(want));
  it.each([
    ['a sentence that names a text', '各单位要按照市政府通知为做好某事,抓紧落实。'],
    ['a short title-like run glued to its body, no heading above', '严禁某事通告为了保护环境,特通告如下:'],
    ['a title with 为 inside it', '关于命名某某为某某示范村的决定'],
  ])('must not cut: %s', (_name, text) => expect(texts(text)).toEqual(text.split('\n')));
});
