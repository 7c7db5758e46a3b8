import { describe, expect, it } from 'vitest';
import { tableRowCitations } from '../../src/cite/tableCitations.js';
import { parseGazette } from '../../src/parse.js';

const short = (cells: string[], own: string | null = null) => tableRowCitations(cells, own).map((c) => [c.kind, c.title, c.docNumber]);

describe('tableRowCitations', () => {
  it.each([
    ['title and number in two cells', ['1', '《某市促进就业若干措施》', '某政发〔2021〕12号'], [['document', '某市促进就业若干措施', '某政发〔2021〕12号']]],
    ['an unquoted title', ['2', '某市人民政府关于加快发展养老服务业的实施意见', '某政发〔2019〕8号', '有效'], [['document', '某市人民政府关于加快发展养老服务业的实施意见', '某政发〔2019〕8号']]],
    ['a title alone', ['3', '《某某省安全生产条例》', ''], [['title', '某某省安全生产条例', null]]],
    ['a number alone', ['4', '某政办发〔2020〕3号'], [['number', null, '某政办发〔2020〕3号']]],
    ['a citation inside a longer cell', ['依据', '按照《某市促进就业若干措施》（某政发〔2021〕12号）执行'], [['document', '某市促进就业若干措施', '某政发〔2021〕12号']]],
  ])('%s', (_name, cells, expected) => expect(short(cells)).toEqual(expected));
  it.each([
    ['a header row', ['序号', '文件名称', '文号']],
    ['figures', ['2023年', '1200', '35.6%']],
  ])('must not fire: %s', (_name, cells) => expect(short(cells)).toEqual([]));
  it('the document’s own number is not a citation', () => expect(short(['某政发〔2021〕12号'], '某政发〔2021〕12号')).toEqual([]));
});

describe('citations in a table of earlier policies', () => {
  it('are extracted with the row they stand in', () => {
    const text = ['某市人民政府关于印发某市就业促进规划的通知', '某政发〔2023〕1号', '各区人民政府：', '现将《某市就业促进规划》印发给你们。', '某市人民政府', '2023年1月5日',
      ['序号\t文件名称\t文号', '1\t《某市促进就业若干措施》\t某政发〔2021〕12号', '2\t《某市创业担保贷款办法》\t某政办发〔2020〕3号'].join('\n')].join('\n\n');
    const d = parseGazette({ text, path: 'x.txt', format: 'text' }).issues[0].documents[0];
    expect((d.citations ?? []).filter((c) => c.kind === 'document').map((c) => [c.title, c.docNumber, c.line])).toEqual([
      ['某市促进就业若干措施', '某政发〔2021〕12号', 14],
      ['某市创业担保贷款办法', '某政办发〔2020〕3号', 15],
    ]);
  });
});
