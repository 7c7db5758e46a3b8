import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../../src/parse.js';

function docs(text: string) {
  return parseGazette({ text, path: 't.txt' }).issues.flatMap((i) => i.documents);
}

describe('document elements', () => {
  it('a 印发 notice owns the text it issues, signature before the issued text', () => {
    const [d, ...rest] = docs([
      '某市人民政府办公室', '关于印发某市推进职业技能提升培训实施方案的通知', '某市政办〔2019〕41号',
      '各县（市、区）人民政府，市直各单位：', '《某市推进职业技能提升培训实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。',
      '某市人民政府办公室', '2019年11月12日', '（此件公开发布）',
      '某市推进职业技能提升培训实施方案', '一、总体要求', '为全面提升劳动者职业技能水平，制定本方案。', '二、主要任务', '（一）开展培训。加强组织。',
    ].join('\n\n'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      title: '某市人民政府办公室关于印发某市推进职业技能提升培训实施方案的通知', docNumber: '某市政办〔2019〕41号', issuer: '某市人民政府办公室',
      recipients: '各县（市、区）人民政府，市直各单位', signDate: '2019-11-12', publicity: '此件公开发布', docType: '通知',
    });
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市推进职业技能提升培训实施方案']);
    expect(d.issuedTexts[0].body.map((n) => n.label)).toEqual(['一、', '二、']);
    expect(d.body).toHaveLength(1);
  });

  it('a 转发 notice printed without its signature: the forwarded text, named in 《》 by the opening, starts at its title', () => {
    const [d] = docs([
      '某市人民政府办公厅关于转发市发展改革委市某某局某市某某制度实施方案的通知', '某府办发〔2018〕10号', '各区、县政府，市政府各工作部门：',
      '市发展改革委、市某某局《某市某某制度实施方案》已经市人民政府同意，现转发给你们，请认真贯彻执行。',
      '某市某某制度实施方案', '市发展改革委、市某某局', '为加快推进某某工作，特制定本方案。', '一、总体要求', '（一）指导思想。',
    ].join('\n\n'));
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市某某制度实施方案']);
    expect(d.issuedTexts[0].body.map((n) => n.label).filter(Boolean)).toEqual(['一、']);
  });
  it('must not fire: a notice with no signature whose opening quotes a text not printed under it', () => {
    const [d] = docs(['某市人民政府办公厅关于转发某某方案的通知', '各区政府：', '《某某方案》已经市人民政府同意，现转发给你们，请认真贯彻执行。', '各区要加强组织领导，确保按时完成。'].join('\n\n'));
    expect(d.issuedTexts).toEqual([]);
  });

  it('a rule whose compilation note prints its order\'s number: the order names the issuer', () => {
    const [d] = docs(['某市某某工作暂行规定', '(1994年8月12日 某市人民政府令第4号)', '第一章 总则', '第一条 为了做好某某工作，制定本规定。', '第二条 本规定自发布之日起施行。'].join('\n'));
    expect(d).toMatchObject({ title: '某市某某工作暂行规定', docNumber: '某市人民政府令第4号', issuer: '某市人民政府', issuerSource: 'docNumber', signDate: '1994-08-12' });
  });
  it('must not: a 公告 numbered with a bracketed year names no issuer by its code (某政征启公告〔2024〕5号)', () => {
    const [d] = docs(['关于征收土地的启动公告', '某县政征启公告〔2024〕5号', '根据有关规定，现将有关事项公告如下：', '一、征收范围。'].join('\n'));
    expect([d.docNumber, d.issuer]).toEqual(['某县政征启公告〔2024〕5号', null]);
  });
  it('must not: a 发文字号 names no issuer (its 机关代字 is a code)', () => {
    const [d] = docs(['某市某某工作暂行规定', '(1994年8月12日 某政发〔1994〕4号)', '第一条 为了做好某某工作，制定本规定。', '第二条 本规定自发布之日起施行。'].join('\n'));
    expect([d.docNumber, d.issuer]).toEqual(['某政发〔1994〕4号', null]);
  });

  it('a title\'s prefix that abbreviates the organ: the signature names the issuer in full', () => {
    const [d] = docs(['某市安委会办公室关于做好节日期间安全生产工作的通知', '某安委办字〔2014〕3号', '各乡镇人民政府，市直各部门：', '请认真做好节日期间安全生产工作。', '某市安全生产委员会办公室', '2014年1月21日'].join('\n'));
    expect(d).toMatchObject({ issuer: '某市安全生产委员会办公室', docNumber: '某安委办字〔2014〕3号' });
  });

  it('a page\'s source line under the signature of a 发布 notice is no issued text', () => {
    const [d] = docs(['某县人民政府关于发布森林禁火令的通告', '为有效预防森林火灾，全县林区禁止一切野外用火。', '特此通告。', '某县人民政府', '2025年3月20日', '来源：某县融媒体中心、县自然资源局'].join('\n'));
    expect(d).toMatchObject({ title: '某县人民政府关于发布森林禁火令的通告', issuer: '某县人民政府', signDate: '2025-03-20' });
    expect(d.issuedTexts).toEqual([]);
  });

  it('a two-column extraction that cut the announcing sentence after its 《name》: the issued text starts at its bare title', () => {
    const [d] = docs([
      '某市人民政府办公室', '关于印发某市某某管理办法的通知', '某市政办〔2019〕44号', '各县（市、区）人民政府，市直各单位：',
      '某市人民政府办公室', '2019年12月13日', '《某市某某管理办法》', '已经市人民政府同意，现印发给你们，请认真贯彻执行。',
      '某市某某管理办法', '第一条 为规范管理，制定本办法。', '第二条 本办法自发布之日起施行。',
    ].join('\n\n'));
    expect(d.issuedTexts.map((t) => [t.title, t.lines.start])).toEqual([['某市某某管理办法', 17]]);
  });
  it('must not fire: an issued title printed bare right below the signature', () => {
    const [d] = docs(['某市人民政府办公室', '关于印发某市某某管理办法的通知', '某市政办〔2019〕44号', '各区人民政府：', '现将《某市某某管理办法》印发给你们。', '某市人民政府办公室', '2019年12月13日', '某市某某管理办法', '第一条 为规范管理，制定本办法。'].join('\n\n'));
    expect(d.issuedTexts.map((t) => [t.title, t.lines.start])).toEqual([['某市某某管理办法', 15]]);
  });

  describe('an issued text whose first lines are wrapped at the page width (no indent, no blank line)', () => {
    const head = ['某市人民政府办公室关于印发《某市某某行动实施方案(2023—2025年)》的通知', '某政办发〔2023〕5号', '各镇人民政府，市政府各部门：', '现将《某市某某行动实施方案(2023—2025年)》印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2023年3月13日'];
    it('the title ends with its years note; the first sentence under it is text', () => {
      const [d] = docs([...head, '某市某某行动实施方案(2023—2025年)', '为贯彻落实《某某省人民政府办公厅关于印发〈某某行动方案〉的通知》(某政办', '发〔2022〕1号)精神，制定本方案。', '一、目标任务'].join('\n'));
      expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市某某行动实施方案(2023—2025年)']);
    });
    it('a title not ending with a kind does not take the first sentence', () => {
      const [d] = docs([...head, '某市某某工作总结', '2022年全市某某工作全面贯彻落实党的二十大精神,以某某建设为引领,科学编制“', '十四五”规划。', '一、主要工作'].join('\n'));
      expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市某某工作总结']);
    });
    it('a text printed without its title: its first line, wrapped before its full stop, is no title', () => {
      const [d] = docs([...head, '2023年是全面贯彻党的二十大精神的开局之年,也是推进', '某某改革的攻坚之年。今年工作的总体要求是:深入贯彻落实。', '一、目标任务'].join('\n'));
      expect(d.issuedTexts.map((t) => t.title)).not.toContain('2023年是全面贯彻党的二十大精神的开局之年,也是推进');
    });
  });

  it('two documents, the first signed at its end, with an attachment list and a printed attachment', () => {
    const ds = docs([
      '某区人民政府 关于认真做好经济普查工作的通知', '某政发〔2023〕4号', '各街道办事处：', '为做好普查工作，现就有关事项通知如下。',
      '附件：1.普查领导小组名单', '2.普查工作时间安排', '某区人民政府', '2023年7月12日',
      '附件1', '普查领导小组名单', '组长：张三', '附件2', '普查工作时间安排', '2023年8月开始。',
      '某区人民政府关于同意设立某某开发区的批复', '某政函〔2023〕9号', '某街道办事处：', '你街道请示收悉。经研究，同意设立。', '某区人民政府', '2023年8月1日',
    ].join('\n\n'));
    expect(ds.map((d) => d.docNumber)).toEqual(['某政发〔2023〕4号', '某政函〔2023〕9号']);
    expect(ds[0].attachments.map((a) => [a.label, a.title, a.printed])).toEqual([['附件1', '普查领导小组名单', true], ['附件2', '普查工作时间安排', true]]);
    expect(ds[1]).toMatchObject({ docType: '批复', signDate: '2023-08-01', recipients: '某街道办事处' });
  });

  it('an order promulgates the text named in its body', () => {
    const [d] = docs(['某某省人民政府令', '第 300 号', '《某某省数据管理办法》已经省人民政府常务会议通过，现予公布，自2023年3月1日起施行。', '省长 张三', '2023年1月20日', '某某省数据管理办法', '第一条 为了规范数据管理，制定本办法。', '第二条 本办法自2023年3月1日起施行。'].join('\n\n'));
    expect(d).toMatchObject({ docNumber: '某某省人民政府令第300号', issuer: '某某省人民政府', signDate: '2023-01-20', docType: '令', signer: '省长 张三' });
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某某省数据管理办法']);
  });

  it('a bare 附件 label that ends the text (an empty 附件 box of a page) is no attachment', () => {
    const [d] = docs(['某市人民政府关于某某的通知', '某政发〔2024〕1号', '各区人民政府：', '现将有关事项通知如下。', '某市人民政府', '2024年1月5日', '附件：'].join('\n\n'));
    expect(d.attachments).toEqual([]);
  });
  it('must not fire: a 附件 label with its title and text under it', () => {
    const [d] = docs(['某市人民政府关于某某的通知', '某政发〔2024〕1号', '各区人民政府：', '现将有关事项通知如下。', '某市人民政府', '2024年1月5日', '附件', '某某工作任务分工表', '一、某某任务。'].join('\n\n'));
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '某某工作任务分工表']]);
  });

  it('a title with nothing under it (a page that links its file) is a document with a warning', () => {
    const html = '<html><body><div><div>某某省某某局关于印发《某某规则（试行）》的通知（某监能市场〔2018〕138号）</div><div><p><a href="/x.pdf">某某省某某局关于印发《某某规则（试行）》的通知</a></p></div></div></body></html>';
    const r = parseGazette({ text: html, path: 'x.html' });
    expect(r.issues[0].documents.map((d) => [d.title, d.docNumber, d.body.length])).toEqual([['某某省某某局关于印发《某某规则（试行）》的通知', '某监能市场〔2018〕138号', 0]]);
    expect(r.warnings.map((w) => w.code)).toContain('document-without-text');
  });
  it('must not fire: a document with a body', () => {
    const r = parseGazette({ text: '某市人民政府关于某某的通知\n\n某政发〔2024〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2024年1月5日\n', path: 'x.txt' });
    expect(r.warnings.map((w) => w.code)).not.toContain('document-without-text');
  });

  it('unknown shapes degrade to one document and a warning, never an exception', () => {
    const r = parseGazette({ text: '随便一段文字。\n\n另一段。\n', path: 'x.txt' });
    expect(r.issues[0].documents.map((d) => [d.title, d.body.map((n) => n.text)])).toEqual([['随便一段文字。', ['随便一段文字。', '另一段。']]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['document-without-header']);
  });
});

describe('the sentence announcing an issued text', () => {
  it('names the issued text but is not one, even when a line break ends it like a title', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某市人民政府办公室关于印发某市推进城市更新行动提升城市品质三年行动实施方案的通知', '某政办发〔2023〕9号', '各区人民政府：', '现将《某市推进城市更新行动提升城市品质三年行动实施方案》印发给你们', '请认真组织实施。',
      '某市推进城市更新行动提升城市品质三年行动实施方案', '一、总体要求', '坚持规划引领。'].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    expect(r.issues[0].documents[0].issuedTexts.map((t) => t.title)).toEqual(['某市推进城市更新行动提升城市品质三年行动实施方案']);
  });
  it.each([['现将《某市推进城市更新行动提升城市品质三年行动实施方案》印发给你们'], ['现予公布'], ['特此通知'], ['通知如下']])('%s is an announcing sentence', async (t) => {
    const { isAnnouncingSentence } = await import('../../../src/segment/parts/issuedNames.js');
    expect(isAnnouncingSentence(t)).toBe(true);
  });
  it.each([['某市城市更新实施方案'], ['某市现代农业发展规划'], ['特色小镇建设办法']])('%s is not', async (t) => {
    const { isAnnouncingSentence } = await import('../../../src/segment/parts/issuedNames.js');
    expect(isAnnouncingSentence(t)).toBe(false);
  });
});

describe('an announcement that promulgates a statute printed under its 题注, without its title again', () => {
  it('issues the statute it names, titled by that name, not by the 题注', () => {
    const text = ['某市人民代表大会常务委员会公告', '第三十七号', '某市人民代表大会常务委员会于2001年10月17日审议通过的《某市人民代表大会常务委员会听证条例》业经某某省人民代表大会常务委员会于2001年12月3日批准，现予公布，自2002年1月1日起施行。', '某市人民代表大会常务委员会', '2001年12月26日', '(2001年10月17日某市第三届人民代表大会常务委员会第十一次会议通过', '2001年12月3日某某省第九届人民代表大会常务委员会第二十九次会议批准)', '第一章 总 则', '第一条 为了规范听证活动，制定本条例。', '第二条 举行听证活动，适用本条例。'].join('\n\n');
    const [d, ...rest] = docs(text);
    expect(rest).toEqual([]);
    expect([d.title, d.docNumber, d.signDate, d.issuedTexts.map((t) => t.title)]).toEqual(['某市人民代表大会常务委员会公告', '某市人民代表大会常务委员会公告第三十七号', '2001-12-26', ['某市人民代表大会常务委员会听证条例']]);
  });
});

describe('a statute whose promulgating 公告 a law database prints between its 题注 and its first article', () => {
  it('is one document: the statute, its 题注 date, its chapters, no issued text of itself', () => {
    const text = ['某省某事条例', '(2009年7月22日某省第十一届人民代表大会常务委员会第十次会议通过)', '某省第十一届人民代表大会常务委员会公告', '第28号', '《某省某事条例》已由某省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过，现予公布，自2009年11月1日起施行。', '某省人民代表大会常务委员会', '2009年7月22日', '第一章 总 则', '第一条 为了规范某事，制定本条例。', '第二条 本条例适用于本省。'].join('\n\n');
    const [d, ...rest] = docs(text);
    expect(rest).toEqual([]);
    expect([d.title, d.signDate, d.issuedTexts.length, d.body.filter((n) => n.type === 'chapter').length]).toEqual(['某省某事条例', '2009-07-22', 0, 1]);
  });
  it('must not fire when the 公告 comes first and promulgates the statute printed after it', () => {
    const text = ['某省第十一届人民代表大会常务委员会公告', '第28号', '《某省某事条例》已由某省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过，现予公布，自2009年11月1日起施行。', '某省人民代表大会常务委员会', '2009年7月22日', '某省某事条例', '(2009年7月22日某省第十一届人民代表大会常务委员会第十次会议通过)', '第一章 总 则', '第一条 为了规范某事，制定本条例。'].join('\n\n');
    const found = docs(text);
    expect(found.map((d) => [d.title, d.issuedTexts.map((t) => t.title)])).toEqual([['某省第十一届人民代表大会常务委员会公告', ['某省某事条例']]]);
  });
});

describe('an old notice that issues a text in trial (试行), its 附 line and its bare date', () => {
  it('issues the text under its whole name, (试行) included, and is dated', () => {
    const text = ['关于颁发《某某工程设计管理办法》(试行)的通知', ' ((78)某公路字412号)', '各省(自治区)交通局,第一、二公路工程局:', '  为了加强某某工作,现制订出《某某工程设计管理办法》,定于一九七八年四月一日起试行.', '  附:某某工程设计管理办法(试行)', '                        一九七八年三月二十三日', '             某某工程设计管理办法', '                (试   行)', ' 第一条 目的', '  为了统一技术标准,特制订本办法.', ' 第二条 适用范围', '  本办法只适用于全国通用的设计.'].join('\n\n');
    const [d, ...rest] = docs(text);
    expect(rest).toEqual([]);
    expect([d.docNumber, d.signDate, d.issuedTexts.map((t) => t.title)]).toEqual(['〔78〕某公路字412号', '1978-03-23', ['某某工程设计管理办法(试行)']]);
  });
  it('must not join a draft\'s status line under its title', () => {
    const text = ['关于《某市某事条例(草案)》公开征求意见的公告', '现将草案向社会公开征求意见。', '某市人大常委会办公厅', '2018年11月12日', '某市某事条例', '(草案修改稿)', '第一条 为了规范某事，制定本条例。'].join('\n\n');
    expect(docs(text)[0].issuedTexts.map((t) => t.title)).toEqual(['某市某事条例']);
  });
});

describe('a forwarded text with its makers stacked above its title', () => {
  const notice = (makers: string[], title: string) =>
    docs(['某市人民政府办公室转发市发改委等部门《支持某某发展实施办法》的通知', '某政办字〔2009〕120号', '各县（市、区）人民政府，市政府各部门：',
      '市发展改革委、市邮政局、市财政局《支持某某发展实施办法》已经市政府同意，现转发，请认真贯彻执行。', '二〇〇九年八月三十日',
      ...makers, title, '第一条 为支持某某发展，特制定本办法。', '第二条 各级政府要将某某企业纳入扶持范畴。'].join('\n'));
  it('is titled by its title; the makers are no part of it', () => {
    const [d] = notice(['某市发展改革委', '某市邮政局', '某市财政局'], '支持某某发展实施办法');
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['支持某某发展实施办法']);
    expect(d.issuedTexts[0].body.filter((n) => n.type === 'article').map((n) => n.label)).toEqual(['第一条', '第二条']);
  });
  it('must not: one organ line over a 关于 line is the title\'s own first line', () => {
    const ds = notice(['某市发展改革委'], '关于支持某某发展的实施办法');
    const titles = ds.flatMap((d) => [d.title, ...d.issuedTexts.map((t) => t.title)]);
    expect(titles).toContain('某市发展改革委关于支持某某发展的实施办法');
    expect(titles).not.toContain('关于支持某某发展的实施办法');
  });
});

describe('a text forwarded with its makers in the title, printed under its own title', () => {
  it('is the notice\'s issued text, not a document of its own; the office before 转发 issues the notice', () => {
    const ds = docs(['某府办〔2008〕75号', '某市人民政府办公厅转发市文化局市新闻出版局关于某市地方文献征集管理办法的通知', '各区人民政府，市直各委、办、局：',
      '市文化局、市新闻出版局制定的《某市地方文献征集管理办法》已经市政府常务会议研究通过，现转发给你们，请认真贯彻执行。', '某市人民政府办公厅', '二OO八年四月十一日',
      '某市地方文献征集管理办法', '第一章 总则', '第一条 为广泛收集和有效保存地方文献，制定本办法。', '第二条 本办法所称地方文献，是指本市出版的各类型出版物。'].join('\n\n'));
    expect(ds.map((d) => [d.issuer, d.issuedTexts.map((t) => t.title)])).toEqual([['某市人民政府办公厅', ['某市地方文献征集管理办法']]]);
  });
});

describe('joint issuers a title writes before its verb without a mark between them', () => {
  it('are named one by one as the signature names them', () => {
    const [d] = docs(['中共某市委办公室某市人民政府办公室印发《关于全面推进某某工作的实施意见》的通知', '某办发〔2017〕2号', '各县市区委、人民政府，市直各单位：',
      '《关于全面推进某某工作的实施意见》已经市委、市人民政府同意，现印发给你们，请结合实际认真贯彻执行。', '中共某市委办公室', '某市人民政府办公室', '2017年1月10日'].join('\n\n'));
    expect([d.issuer, d.issuerSource]).toEqual(['中共某市委办公室、某市人民政府办公室', 'title']);
  });
  it('must not: one issuer in the title stays as printed, whoever signs', () => {
    const [d] = docs(['某市人民政府办公室印发《某某办法》的通知', '某政办发〔2017〕3号', '各县人民政府：', '《某某办法》已经市人民政府同意，现印发给你们。', '某市人民政府办公室', '2017年1月10日'].join('\n\n'));
    expect(d.issuer).toBe('某市人民政府办公室');
  });
});

describe('a title whose issuer prefix leaves out the place', () => {
  it('takes the organ in full from the signature', () => {
    const [d] = docs(['区人民政府办公室关于印发某某方案的通知', '某政办〔2023〕1号', '各街道办事处：', '现将某某方案印发给你们，请认真贯彻执行。', '某市某区人民政府办公室', '2023年1月3日'].join('\n'));
    expect(d.issuer).toBe('某市某区人民政府办公室');
  });
  it.each([
    ['a signature of another organ', '某市财政局'],
    ['a full name in the title already', null],
  ])('must not: %s', (_name, organ) => {
    const title = organ ? '区人民政府办公室关于印发某某方案的通知' : '某区人民政府办公室关于印发某某方案的通知';
    const [d] = docs([title, '某政办〔2023〕1号', '各街道办事处：', '现将某某方案印发给你们，请认真贯彻执行。', organ ?? '某市某区人民政府办公室', '2023年1月3日'].join('\n'));
    expect(d.issuer).toBe(organ ? '区人民政府办公室' : '某区人民政府办公室');
  });
});

describe('an order whose items cite another order (一、延长《5号令》执行时间)', () => {
  const parse = (text: string) => parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('issues nothing: the text it names in an item is cited, not promulgated', () => {
    const text = ['某县某事防控工作指挥部6号令', '鉴于目前防控进入关键时期，现发布如下命令：', '一、延长《5号令》执行时间，继续实行最严格的防控措施。', '二、以上命令的解除时间另行通知。', '某县某事防控工作指挥部', '2020年2月9日', '联系电话：0000-00000000'].join('\n\n');
    expect(parse(text).map((d) => [d.title, d.issuedTexts.length])).toEqual([['某县某事防控工作指挥部6号令', 0]]);
  });
  it('must still issue what an order promulgates before its items', () => {
    const text = ['某市人民政府令', '第5号', '《某市某事管理办法》已经市政府常务会议通过，现予公布，自2020年3月1日起施行。', '市长 某某某', '2020年2月9日', '某市某事管理办法', '第一条 为了规范某事，制定本办法。'].join('\n\n');
    expect(parse(text).map((d) => d.issuedTexts.map((t) => t.title))).toEqual([['某市某事管理办法']]);
  });
});
