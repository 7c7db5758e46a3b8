import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../src/parse.js';
import { docRecords } from '../../src/search/records.js';

const notice = (issuedTitle: string) =>
  parseGazette({
    text: ['某市人民政府办公室关于印发某市某某管理办法的通知', '某市政办〔2019〕44号', '各区人民政府：', '现将《某市某某管理办法》印发给你们。', '某市人民政府办公室', '2019年12月13日', issuedTitle, '第一条 为规范管理，制定本办法。', '第二条 本办法自发布之日起施行。'].join('\n\n'),
    path: 't.txt',
  }).issues[0].documents[0];

describe('docRecords', () => {
  it('an issued text\'s articles are found under its name in book brackets', () => {
    const paths = docRecords(notice('某市某某管理办法')).map((r) => r.path);
    expect(paths).toContain('《某市某某管理办法》 第一条');
  });
  it('a title that is printed in book brackets is not bracketed twice', () => {
    const d = notice('某市某某管理办法');
    d.issuedTexts[0].title = '《某市某某管理办法》';
    const paths = docRecords(d).map((r) => r.path);
    expect(paths).toContain('《某市某某管理办法》 第一条');
    expect(paths.join('\n')).not.toContain('《《');
  });
});
