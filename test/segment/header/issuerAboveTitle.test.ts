import { describe, expect, it } from 'vitest';
import { isIssuerAboveTitle } from '../../../src/segment/header/issuerAboveTitle.js';

describe('isIssuerAboveTitle', () => {
  it.each([
    // the organ line is the 发文机关标志; the title repeats it before 关于
    ['某县人民政府', '某县人民政府关于进一步加强耕地保护工作的通知', true],
    ['某市人民政府办公室', '某市人民政府办公室关于印发某市数据管理办法的通知', true],
    ['某 某 省 财 政 厅', '某某省财政厅 某某省税务局关于某事的通知', true],
    // must not fire: a wrapped title (organ line, then 关于…), another organ, not an organ line, the same line
    ['某县人民政府', '关于进一步加强耕地保护工作的通知', false],
    ['某县人民政府', '某县财政局关于某事的通知', false],
    ['关于进一步加强', '关于进一步加强耕地保护工作的通知', false],
    ['某县人民政府', '某县人民政府', false],
    ['某县人民政府', '某县人民政府令', false],
  ])('%s / %s → %s', (organ, title, want) => expect(isIssuerAboveTitle(organ, title)).toBe(want));
});

describe('a document under an issuer mark without 文件', () => {
  it('has the title once and the issuer from the mark', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某县人民政府', '某县人民政府关于进一步加强耕地保护工作的通知', '某县政发〔2023〕1号', '各乡镇人民政府：', '现就有关事项通知如下。', '某县人民政府', '2023年7月1日'].join('\n\n');
    const [d, ...rest] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(rest).toEqual([]);
    expect([d.title, d.issuer, d.docNumber]).toEqual(['某县人民政府关于进一步加强耕地保护工作的通知', '某县人民政府', '某县政发〔2023〕1号']);
  });
});
