import { describe, expect, it } from 'vitest';
import { parseYamlFrontMatter } from '../../src/blocks/yamlFrontMatter.js';

const lines = (text: string) => text.split('\n');

describe('parseYamlFrontMatter', () => {
  it.each([
    ['plain key: value lines', '---\n文号: 某政发〔2024〕1号\n发布日期: 2024-01-05\n---\n正文', { 文号: '某政发〔2024〕1号', 发布日期: '2024-01-05' }, 3],
    ['a comment, quotes and a list', '---\n# 抓取时间：2024-02-01\ntitle: "某市人民政府关于某某的通知"\ndocNumber: \'某政发〔2024〕1号\'\ntags:\n  - 政策\n  - 通知\n---\n', { title: '某市人民政府关于某某的通知', docNumber: '某政发〔2024〕1号', tags: '政策、通知' }, 7],
    ['a folded block scalar', '---\ntitle: >-\n  某市人民政府关于\n  某某的通知\n---\n', { title: '某市人民政府关于 某某的通知' }, 4],
    ['numbers stay as written', '---\n年份: 2024\n期号: 3\n---\n', { 年份: '2024', 期号: '3' }, 3],
    ['not valid YAML (a second colon, full-width quotes): read line by line', '---\n标题: 关于: 某某的通知\n文号：“某政发〔2024〕1号”\n# 注释\n---\n', { 标题: '关于: 某某的通知', 文号: '某政发〔2024〕1号' }, 4],
    ['a nested map is not a field', '---\ntitle: 某某办法\nmeta:\n  a: 1\n---\n', { title: '某某办法' }, 4],
    ['blank lines before it', '\n\n---\ntitle: 某某办法\n...\n', { title: '某某办法' }, 4],
  ])('%s', (_, text, fields, endIndex) => {
    expect(parseYamlFrontMatter(lines(text))).toMatchObject({ fields, endIndex });
  });
  it('keeps a list of scalars item by item beside its joined text; a list with a map in it is neither', () => {
    const fm = parseYamlFrontMatter(lines('---\nattachments:\n  - "1. 某市某事办法"\n  - 2. 某事对照表\nmixed:\n  - a\n  - b: 1\n---\n'));
    expect(fm?.lists).toEqual({ attachments: ['1. 某市某事办法', '2. 某事对照表'] });
    expect(fm?.fields.attachments).toBe('1. 某市某事办法、2. 某事对照表');
    expect(fm?.fields.mixed).toBeUndefined();
  });
  it.each([
    ['a thematic break over a paragraph', '---\n某市人民政府关于某某的通知。\n---\n'],
    ['no closing line', '---\ntitle: 某某办法\n\n第一条 为了……'],
    ['text before the first ---', '某某办法\n---\ntitle: x\n---'],
    ['an empty block', '---\n---\n'],
  ])('no front matter: %s', (_, text) => expect(parseYamlFrontMatter(lines(text))).toBeNull());
});
