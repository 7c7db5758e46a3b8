import { describe, expect, it } from 'vitest';
import { markdownRisk } from '../../src/blocks/markdownRisk.js';
import { lineMarkdownLines } from '../../src/blocks/lineMarkdownLines.js';
import { splitLines } from '../../src/blocks/splitLines.js';
import { toLines } from '../../src/blocks/toLines.js';

const risk = (text: string) => markdownRisk(splitLines(text), text.length);

describe('markdownRisk', () => {
  it.each([
    ['emphasis runs in one paragraph', '**内**'.repeat(300)],
    ['bracket runs', '[内容]('.repeat(300)],
    ['backtick runs', '`'.repeat(1000)],
    ['nested quotes', '> '.repeat(20) + '正文'],
    ['nested list items on one line', '- '.repeat(12) + '正文'],
    ['a deeply indented list', ' '.repeat(40) + '- 正文'],
    ['a line of pipes', '| a | b |\n|---|---|\n' + '|'.repeat(10_000)],
    ['too many lines', Array.from({ length: 20_001 }, () => '# 第一章 总则').join('\n')],
    ['a flood of blank lines', '# 标题\n' + '\n'.repeat(70_000) + '正文'],
    ['a flood of lines of ideographic spaces', '# 标题\n' + '\u3000\u3000\n'.repeat(70_000)],
    ['a table of 3,000 columns', ['a', '---', '张某'].map((c) => `|${Array.from({ length: 3000 }, () => ` ${c} `).join('|')}|`).join('\n')],
  ])('fires: %s', (_name, text) => expect(risk(text)).not.toBeNull());
  it.each([
    ['bold headings, each its own paragraph', Array.from({ length: 500 }, (_, i) => `**${i + 1}.总体要求**\n\n正文。`).join('\n\n')],
    ['a table of 12 columns', ['序号', '---', '1'].map((c) => `|${Array.from({ length: 12 }, () => ` ${c} `).join('|')}|`).join('\n')],
    ['a long table', ['| 序号 | 名称 | 文号 |', '|---|---|---|', ...Array.from({ length: 3000 }, (_, i) => `| ${i} | 某市某局 | 某政发〔2023〕${i}号 |`)].join('\n')],
    ['a list three levels deep', '- 一、总体要求\n  - （一）指导思想\n    - 1.坚持统筹'],
  ])('does not fire: %s', (_name, text) => expect(risk(text)).toBeNull());
});

describe('lineMarkdownLines', () => {
  it('reads headings, quotes, lists, bold lead runs, links and rules line by line', () => {
    const lines = lineMarkdownLines(splitLines('# 某市养犬管理条例\n\n> 本文转载自[某市网站](http://x)\n- 一、总体要求\n1. 基本生活救助\n**一、总则**正文\n---'));
    expect(lines.map((l) => [l.line, l.text, l.heading, l.list, l.boldPrefix, l.rule])).toEqual([
      [1, '某市养犬管理条例', 1, false, null, false],
      [3, '本文转载自某市网站', 0, false, null, false],
      [4, '一、总体要求', 0, true, null, false],
      [5, '1. 基本生活救助', 0, true, null, false],
      [6, '一、总则正文', 0, false, '一、总则', false],
      [7, '---', 0, false, null, true],
    ]);
  });
  it('is what toLines uses, with the reason, when remark is unsafe', () => {
    const r = toLines('# 标题\n\n' + '> '.repeat(20) + '正文', 'markdown');
    expect(r.simplified).toBe('nested more than 8 levels deep');
    expect(r.lines.map((l) => l.text)).toEqual(['标题', '正文']);
  });
});
