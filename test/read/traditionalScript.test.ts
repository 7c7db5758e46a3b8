import { describe, expect, it } from 'vitest';
import { foldTraditional, restoreStrings } from '../../src/read/traditionalScript.js';
import { parseGazette } from '../../src/parse.js';

const TRADITIONAL = ['某某市人民政府辦公廳關於進一步加強政務公開工作的通知', '某政辦發〔2013〕30號', '各區縣人民政府，市政府各部門：', '現將有關事項通知如下。', '一、加強組織領導。各單位要建立健全工作機制，明確責任。', '二、做好信息發布。', '某某市人民政府辦公廳', '2013年7月1日'].join('\n\n');

describe('foldTraditional', () => {
  it('folds a text in traditional characters character for character and gives strings back as printed', () => {
    const f = foldTraditional(TRADITIONAL);
    expect(f).not.toBeNull();
    expect(f!.text.length).toBe(TRADITIONAL.length);
    expect(f!.text).toContain('某某市人民政府办公厅关于进一步加强政务公开工作的通知');
    expect(f!.text).toContain('某政办发〔2013〕30号');
    expect(f!.restore('某政办发〔2013〕30号')).toBe('某政辦發〔2013〕30號');
  });
  it.each([
    ['a simplified text', '某某市人民政府办公厅关于进一步加强政务公开工作的通知\n某政办发〔2013〕30号\n各区县人民政府：\n现将有关事项通知如下。一、加强组织领导。二、做好信息发布。三、强化监督检查。'],
    ['a simplified text with a few traditional words (a quoted name, 復议)', '某市人民政府关于某事的通知\n各区人民政府：\n依照《行政復议法》和“國際”某某会议的要求，现将有关事项通知如下。各单位要加强组织领导，明确责任分工，抓好工作落实，确保各项任务按期完成，做好信息发布。'.repeat(3)],
    ['a short text under the gate', '關於某事的通知'],
  ])('must not fold: %s', (_name, text) => expect(foldTraditional(text)).toBeNull());
});

describe('a text printing one character two ways (規范 and 規範, 余 and 餘)', () => {
  const MIXED = ['某某市人民政府辦公廳關於進一步規范政務公開工作的通知', '餘府辦發〔2013〕30號', '各區縣人民政府，市政府各部門：', '現將有關事項通知如下。', '一、加強組織領導。各單位要按照規範要求，建立健全工作機制，明確責任，規範辦理流程。', '二、做好規範性文件的信息發布，新余片區同步推進。', '某某市人民政府辦公廳', '2013年7月1日'].join('\n\n');
  const f = foldTraditional(MIXED)!;
  it.each([
    ['a string the text holds as it is', '某某市人民政府办公厅关于进一步规范政务公开工作的通知', '某某市人民政府辦公廳關於進一步規范政務公開工作的通知'],
    ['a number', '余府办发〔2013〕30号', '餘府辦發〔2013〕30號'],
    ['a name printed the other way', '新余片区', '新余片區'],
    ['a string the parse rewrote (brackets), read by its neighbours', '余府办发[2013]30号', '餘府辦發[2013]30號'],
    ['the majority form where the text holds no three of its characters', '规范管理', '規範管理'],
  ])('%s', (_name, folded, printed) => expect(f.restore(folded)).toBe(printed));
});

describe('a string printed one way where the same three characters stand printed the other way before it', () => {
  it('comes back exactly as the text holds it', () => {
    const text = ['某某規範性文件庫', '某市人民政府關於印發某市規范性文件管理規定的通知', '某政發〔2011〕53號', '各縣區人民政府：', '現將有關事項通知如下。各單位要加強規範管理，規範辦理流程，明確責任分工。', '某市人民政府', '2011年7月1日'].join('\n\n');
    const f = foldTraditional(text)!;
    expect(f.restore('某市人民政府关于印发某市规范性文件管理规定的通知')).toBe('某市人民政府關於印發某市規范性文件管理規定的通知');
  });
});

describe('restoreStrings', () => {
  it('gives back every string of objects and arrays, in place, but a document\'s kind of text', () => {
    const value = { a: '发', b: ['号', { c: '发文', docType: '决定' }], n: 1 };
    expect(restoreStrings(value, (s) => s.replace(/发/g, '發').replace(/号/g, '號').replace(/决/g, '決'))).toEqual({ a: '發', b: ['號', { c: '發文', docType: '决定' }], n: 1 });
  });
});

describe('a document in traditional characters', () => {
  it('is parsed as its simplified form would be, and its fields are printed as the text prints them', () => {
    const r = parseGazette({ text: TRADITIONAL, path: 'x.txt' });
    const docs = r.issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.recipients, d.signDate])).toEqual([['某某市人民政府辦公廳關於進一步加強政務公開工作的通知', '某政辦發〔2013〕30號', '某某市人民政府辦公廳', '各區縣人民政府，市政府各部門', '2013-07-01']]);
    expect(r.warnings.map((w) => w.code)).toContain('traditional-script');

  });
});

describe('a 決定 in traditional characters', () => {
  it('keeps its kind of text as a category (决定, as search filters name it), its title as printed', () => {
    const text = ['某某市人民政府關於表彰某某工作先進單位和先進個人的決定', '某政發〔2014〕12號', '各區縣人民政府，市政府各部門、各直屬機構：', '為表彰先進，市政府決定對某某等單位和個人給予表彰。希望受到表彰的單位和個人再接再厲，為全市經濟社會發展作出新的更大貢獻。', '某某市人民政府', '2014年3月1日'].join('\n\n');
    const d = parseGazette({ text, path: 'x.txt' }).issues[0].documents[0];
    expect([d.title, d.docType, d.docNumber]).toEqual(['某某市人民政府關於表彰某某工作先進單位和先進個人的決定', '决定', '某政發〔2014〕12號']);
  });
});
