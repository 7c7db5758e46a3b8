import { describe, expect, it } from 'vitest';
import { closingPipeAt, cutClosingPipes } from '../../src/blocks/closingPipe.js';
import { linesOf } from '../helpers/lines.js';

describe('closingPipeAt', () => {
  it.each([
    ['a number line', '某政办〔2014〕25号 |', '某政办〔2014〕25号'.length],
    ['a signature and date', '某某人民政府办公厅 2014年5月11日 |', '某某人民政府办公厅 2014年5月11日'.length],
    ['a rule line', '━━━━━━ |', '━━━━━━'.length],
    ['a date after a full-width space', '2014年5月11日\u3000｜', '2014年5月11日'.length],
  ])('%s', (_name, text, at) => expect(closingPipeAt(text)).toBe(at));
  it.each([
    ['a row of cells', '文号 | 某政〔2020〕2号 | 发文日期 |'],
    ['a pipe inside the text', '甲|乙 |'],
    ['a pipe with no space before it', '某政办〔2014〕25号|'],
    ['a pipe alone', '|'],
    ['no pipe', '某某人民政府办公厅'],
    ['a cell of other text (a wiki header\'s next title)', '关于加强某某工作的通告(第7号) |'],
    ['a title with its serial (an order\'s number, a title all the same)', '某市某某领导小组通告(第2号) |'],
    ['a cell naming a source', '来自某市人民政府官方微信公众号 |'],
    ['a title, its maker and date in one cell', '某某通告(第1号) 制定机关:某某领导小组 2020年1月25日 |'],
  ])('must not cut %s', (_name, text) => expect(closingPipeAt(text)).toBeNull());
});

describe('cutClosingPipes', () => {
  it('cuts each line\'s closing pipe and keeps where the line came from', () => {
    const lines = cutClosingPipes(linesOf('某政办〔2014〕25号 |\n某某人民政府办公厅关于某事的通知\n某某人民政府办公厅 2014年5月11日 |'));
    expect(lines.map((l) => [l.text, l.line])).toEqual([['某政办〔2014〕25号', 1], ['某某人民政府办公厅关于某事的通知', 2], ['某某人民政府办公厅 2014年5月11日', 3]]);
  });
});

describe('a notice saved from a table one cell a line', () => {
  it('gives its number, and its signature\'s organ and date', async () => {
    const { parseGazette } = await import('../../src/parse.js');
    const text = '某政办〔2014〕25号 |\n━━━━━━━━━━ |\n某某省人民政府办公厅关于公开某某事项的通知\n为深入推进改革，经省政府同意，现就有关工作通知如下。\n某某省人民政府办公厅 2014年5月11日 |\n';
    const [d] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect([d.title, d.docNumber, d.issuer, d.signDate]).toEqual(['某某省人民政府办公厅关于公开某某事项的通知', '某政办〔2014〕25号', '某某省人民政府办公厅', '2014-05-11']);
  });
});
