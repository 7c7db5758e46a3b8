// Whole texts of shapes the rules must handle, parsed end to end (src/parse.ts). Expected values are read off
// the texts in test/shapes/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../src/parse.js';

const shape = (name: string) => parseGazette({ text: readFileSync(new URL(`./shapes/${name}`, import.meta.url), 'utf8'), path: name });

describe('a one-column pdftotext gazette (TOC entries with leader dots, page footers ― N ―, documents starting mid-page)', () => {
  const r = shape('oneColumnGazette.txt');
  const issue = r.issues[0];
  const docs = issue.documents;
  it('reads the masthead and every TOC entry', () => {
    expect(issue).toMatchObject({ title: '某某省人民政府公报', year: 2024, number: 6, totalNumber: 845 });
    expect(issue.toc.map((e) => [e.docNumber, e.page, e.section])).toEqual([
      ['某政发〔2024〕9号', 2, '省政府文件'],
      ['某政发〔2024〕10号', 8, '省政府文件'],
      ['某政办发〔2024〕15号', 10, '省政府办公厅文件'],
    ]);
  });
  it('finds the three documents with their titles, numbers, sections and dates', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.section, d.signDate])).toEqual([
      ['某某省人民政府关于印发某某省推动大规模设备更新和消费品以旧换新实施方案的通知', '某政发〔2024〕9号', '省政府文件', '2024-04-20'],
      ['某某省人民政府关于公布第二批省级历史文化名村的通知', '某政发〔2024〕10号', '省政府文件', '2024-05-06'],
      ['某某省人民政府办公厅关于加快发展银发经济的实施意见', '某政办发〔2024〕15号', '省政府办公厅文件', '2024-05-10'],
    ]);
  });
  it('drops the page footers and running headers, and keeps the text across a page break in its document', () => {
    expect(r.dropped.filter((d) => d.reason === 'page-number').map((d) => d.text.trim())).toEqual(['― 1 ―', '― 2 ―', '― 8 ―']);
    const plan = docs[0].issuedTexts[0];
    expect(plan.title).toBe('某某省推动大规模设备更新和消费品以旧换新实施方案');
    const tasks = plan.body.find((b) => b.label === '二、')!;
    expect(tasks.children.map((c) => c.label)).toEqual(['（一）', '（二）']);
    expect(tasks.children[1].text).toBe('（二）实施消费品以旧换新行动。开展汽车以旧换新。');
    expect(JSON.stringify(docs[1])).not.toContain('以旧换新行动');
  });
  it('ends the attachment before the next section heading', () => {
    expect(docs[1].attachments.map((a) => a.title)).toEqual(['第二批省级历史文化名村名单']);
    expect(JSON.stringify(docs[1].attachments[0].body)).toContain('某某市某某县某某村');
    expect(docs[2].title).not.toContain('某某村');
  });
});

describe('a document page saved from a government website (breadcrumb, 信息公开 metadata table, page buttons)', () => {
  const r = shape('webExportWithMetadata.txt');
  const docs = r.issues.flatMap((i) => i.documents);
  it('is one document, its 发文字号 taken from the metadata table (the text prints none)', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.docNumberRaw, d.issuer, d.signDate])).toEqual([
      ['某某省人民政府办公厅关于印发某某省数字经济高质量发展行动计划的通知', '某政办发〔2024〕6号', '某政办发〔2024〕6号', '某某省人民政府办公厅', '2024-02-18'],
    ]);
  });
  it('says where each field was read: the title and date printed, the number only in the metadata table', () => {
    expect(docs.map((d) => [d.titleSource, d.docNumberSource, d.issuerSource, d.signDateSource])).toEqual([['text', 'pageMetadata', 'title', 'signature']]);
  });
  it('keeps the metadata table as front matter and drops the page furniture with a reason', () => {
    const meta = r.issues[0].frontMatter.find((m) => m.kind === 'metadata')!;
    expect(meta.lines).toEqual({ start: 3, end: 9 });
    expect(meta.text).toContain('发文字号：某政办发〔2024〕6号');
    expect(r.dropped.map((d) => [d.reason, d.text.trim()])).toEqual([
      ['web-chrome', '首页 > 政务公开 > 政府信息公开目录 > 政策文件'],
      ['web-chrome', '扫一扫在手机打开当前页'],
      ['web-chrome', '【打印】 【关闭】'],
    ]);
  });
  it('ends the issued text with its last item, not with the page buttons', () => {
    const body = docs[0].issuedTexts[0].body;
    expect(JSON.stringify(body)).not.toMatch(/扫一扫|打印/);
    expect(body[body.length - 1].children.map((c) => c.label)).toEqual(['（一）', '（二）']);
  });
});

describe('a document-sharing page: a law database\'s attribute list (•【字号】…) between the title and the text', () => {
  const text = ['某市人民政府关于禁止某事的通告', '文章属性', '•【制定机关】某市人民政府', '•【公布日期】2020.06.03', '•【字号】某政通〔2020〕3号', '•【效力等级】地方规范性文件', '正文',
    '某市人民政府关于禁止某事的通告', '为推进某事,现将有关事项通告如下:', '一、本市行政区域内禁止某事。', '二、本通告自发布之日起施行。', '某市人民政府', '2020年6月3日。'].join('\n');
  it('takes the 发文字号 from the 字号 field, and the date from the signature with its full stop', () => {
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate])).toEqual([['某市人民政府关于禁止某事的通告', '某政通〔2020〕3号', '某市人民政府', '2020-06-03']]);
  });
});

describe('one-column pdftotext wrapped at the column width (26 characters a line, no blank lines)', () => {
  const r = shape('oneColumnWrapped.txt');
  const docs = r.issues.flatMap((i) => i.documents);
  it('keeps the masthead first and finds both documents, the second starting mid-page', () => {
    expect(r.issues[0]).toMatchObject({ title: '某某市人民政府公报', year: 2024, number: 3 });
    expect(docs.map((d) => [d.title, d.docNumber, d.signDate])).toEqual([
      ['某某市人民政府关于印发某某市加快推进新型工业化实施方案的通知', '某政发〔2024〕5号', '2024-03-08'],
      ['某某市人民政府办公室关于印发某某市城市更新行动方案的通知', '某政办发〔2024〕11号', '2024-03-20'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'reading-order')).toEqual([]);
  });
  it('joins the wrapped lines back into paragraphs', () => {
    const plan = docs[0].issuedTexts[0];
    expect(plan.body[0].text).toBe('为深入贯彻落实党中央、国务院关于推进新型工业化的决策部署，加快建设现代化产业体系，结合我市实际，制定本方案。');
    const last = plan.body[plan.body.length - 1];
    expect([last.label, last.children.map((c) => c.text)]).toEqual(['三、', ['各地各部门要加强组织领导，强化要素保障，确保各项任务落到实处。本方案自印发之日起施行。']]);
  });
});

describe('converter markdown of a 通知 with a GFM table in its attachment', () => {
  const md = ['**某县人民政府办公室文件**', '', '某政办发〔2024〕3号', '', '# 某县人民政府办公室关于做好防汛工作的通知', '', '各乡镇人民政府：', '', '现将有关事项通知如下。', '', '附件：某县防汛责任人名单', '', '某县人民政府办公室', '', '2024年4月10日', '', '附件', '', '## 某县防汛责任人名单', '', '| 乡镇 | 责任人 | 职务 |', '| --- | --- | --- |', '| 某某镇 | 张某 | 镇长 |', '| 某某乡 | 李某 | 乡长 |'].join('\n');
  const r = parseGazette({ text: md, path: 'notice.md' });
  const att = r.issues[0].documents[0].attachments[0];
  it('reads the table as a table node with its rows, the delimiter row in its lines', () => {
    expect(att.title).toBe('某县防汛责任人名单');
    expect(att.body.map((n) => [n.type, n.rows, n.lines])).toEqual([
      ['table', [['乡镇', '责任人', '职务'], ['某某镇', '张某', '镇长'], ['某某乡', '李某', '乡长']], { start: 21, end: 24 }],
    ]);
  });
});

describe('a web page with an info line under the title (发布时间 · 来源 · 字体 buttons), full-width digits', () => {
  const r = shape('webPageInfoLine.txt');
  const d = r.issues[0].documents[0];
  it('keeps the info lines out of the title, as metadata', () => {
    expect([d.title, d.docNumber, d.signDate, d.publicity]).toEqual(['某某市人民政府办公室关于进一步规范行政规范性文件管理的通知', '某政办发〔2024〕12号', '2024-03-01', '此件公开发布']);
    expect(r.issues[0].frontMatter.find((m) => m.kind === 'metadata')?.lines).toEqual({ start: 2, end: 3 });
  });
  it('reads the 版记', () => {
    expect(d.imprint?.copyTo?.split(/[,，、]/)).toEqual(['市委办公室', '市人大常委会办公室']);
    expect([d.imprint?.printer, d.imprint?.printDate]).toEqual(['某某市人民政府办公室', '2024-03-02']);
  });
});

describe('an upward 请示 with 签发人 beside its number', () => {
  const d = shape('upwardRequest.txt').issues[0].documents[0];
  it('keeps the 签发人 out of the number as printed', () => {
    expect([d.title, d.docNumber, d.docNumberRaw, d.docType, d.recipients]).toEqual(['某某县人民政府关于申请设立某某产业园区的请示', '某政〔2024〕15号', '某政〔2024〕15号', '请示', '某某市人民政府']);
  });
  it('ends with the closing formula at the top level', () => {
    expect(d.body.map((n) => n.label ?? n.text)).toContain('妥否，请批示。');
  });
});

describe('text copied from a web page with its HTML (<br>, &nbsp;, <p>&nbsp;</p>)', () => {
  const r = shape('webPageHtmlRemnants.txt');
  const d = r.issues[0].documents[0];
  it('reads the document as if the markup were not there', () => {
    expect([d.recipients, d.signDate, d.issuer]).toEqual(['各区人民政府，市政府各部门', '2024-05-20', '某市人民政府']);
    expect(d.body.map((n) => n.text)).toEqual(['经市政府同意，现将某市第三批非物质文化遗产代表性项目名录予以公布。']);
    expect(d.attachments.map((a) => a.title)).toEqual(['某市第三批非物质文化遗产代表性项目名录']);
  });
  it('drops a line of markup only with a reason', () => {
    expect(r.dropped.map((x) => [x.reason, x.lines.start])).toEqual([['markup', 6]]);
  });
});

describe('a reprinted 国务院办公厅 notice: wrapped title and 主送, an editor\'s note (（本文有删减）) above the issued text', () => {
  const d = shape('reprintWithEditorNote.txt').issues[0].documents[0];
  it('reads the wrapped title and 主送', () => {
    expect([d.title, d.docNumber, d.recipients]).toEqual(['国务院办公厅关于印发《某某行动方案（2024—2026年）》的通知', '国办发〔2024〕15号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构']);
  });
  it('keeps the editor\'s note out of the issued text\'s title', () => {
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某某行动方案（2024—2026年）']);
  });
});

describe('a file of front matter only', () => {
  it.each([
    ['web metadata', '发文机关：某市人民政府\n成文日期：2024年1月5日\n', 'x.txt', 'metadata', { start: 1, end: 2 }],
    ['YAML', '---\ntitle: 某市人民政府关于某某的通知\n---\n', 'x.md', 'yaml', { start: 1, end: 3 }],
  ])('%s: kept as the issue\'s front matter, the issue\'s lines cover it, no-documents warned', (_, text, path, kind, lines) => {
    const r = parseGazette({ text, path });
    expect(r.issues[0].frontMatter.map((m) => m.kind)).toEqual([kind]);
    expect(r.issues[0].lines).toEqual(lines);
    expect(r.warnings.map((w) => w.code)).toContain('no-documents');
  });
});

describe('YAML front matter with a comment, quotes and a list', () => {
  it('fills the title and the number the text lacks, unquoted; the comment is no title', () => {
    const text = ['---', '# 抓取时间：2024-02-01', 'title: "某市人民政府关于某某的通知"', 'docNumber: "某政发〔2024〕1号"', 'tags:', '  - 政策', '  - 通知', '---', '', '各区人民政府：', '', '现将有关事项通知如下。', '', '某市人民政府', '', '2024年1月5日', ''].join('\n');
    const d = parseGazette({ text, path: 'x.md' }).issues[0].documents[0];
    expect([d.title, d.docNumber, d.issuer, d.signDate]).toEqual(['某市人民政府关于某某的通知', '某政发〔2024〕1号', '某市人民政府', '2024-01-05']);
    expect([d.titleSource, d.docNumberSource, d.issuerSource, d.signDateSource]).toEqual(['frontMatter', 'frontMatter', 'title', 'signature']);
  });
});

describe('YAML front matter of a law database export, with its own keys', () => {
  it('names the issuer (issuing_authority), the promulgation date and the number (doc_num) the text lacks', () => {
    const text = ['---', 'title: 中华人民共和国某某法', 'issuing_authority: 全国人民代表大会常务委员会', 'promulgation_date: 2012-12-28', 'doc_num: 中华人民共和国主席令第七十三号', 'status: 现行', '---', '# 中华人民共和国某某法', '', '## 第一章 总则', '', '#### 第一条', '为了完善某某制度，制定本法。', ''].join('\n');
    const d = parseGazette({ text, path: 'x.md' }).issues[0].documents[0];
    expect([d.title, d.issuer, d.issuerSource, d.signDate, d.signDateSource, d.docNumber]).toEqual(['中华人民共和国某某法', '全国人民代表大会常务委员会', 'frontMatter', '2012-12-28', 'frontMatter', '中华人民共和国主席令第七十三号']);
  });
  it('must not take a site named under authority for an issuer', () => {
    const text = ['---', 'title: 某市人民政府关于某事的通知', 'authority: 某某网站', '---', '各区人民政府：', '', '现将有关事项通知如下。', ''].join('\n');
    const d = parseGazette({ text, path: 'x.md' }).issues[0].documents[0];
    expect(d.issuerSource).not.toBe('frontMatter');
  });
});

describe('a date printed that is no day of the calendar', () => {
  it('gives no signDate, and the warning quotes the printed date and its line', () => {
    const text = ['某市人民政府关于某事的通知', '', '某政发〔2023〕3号', '', '各区人民政府：', '', '现将有关事项通知如下。', '', '某市人民政府', '', '2023年2月30日'].join('\n');
    const r = parseGazette({ text, path: 'x.txt' });
    const d = r.issues[0].documents[0];
    expect(d.signDate).toBeNull();
    const w = r.warnings.filter((x) => x.code === 'impossible-date');
    expect(w.map((x) => x.line)).toEqual([11]);
    expect(w[0].message).toContain('"2023年2月30日"');
  });
});

describe('a 批复 copied from a law database: dated notes without brackets, its number under them, the 主送 after the markup comment', () => {
  const d = shape('lawDatabaseReply.md').issues[0].documents[0];
  it('reads the 题注, the number below it and the 主送', () => {
    expect(d.titleNote).toBe('2013年9月9日最高人民法院审判委员会第1590次会议通过\n2013年9月12日最高人民法院公告公布\n自2013年9月12日起施行');
    expect([d.docNumber, d.recipients, d.signDate, d.signDateSource]).toEqual(['法释〔2013〕23号', '某某省高级人民法院', '2013-09-09', 'adoption']);
    expect([d.titleSource, d.docNumberSource]).toEqual(['text', 'text']);
  });
  it('starts the body with the reply itself', () => {
    expect(d.body.map((n) => n.text)[0]).toBe('你院《关于某类案件诉讼时效问题的请示》收悉。经研究，批复如下：');
  });
});

describe('plain text of a law with its annex captions, then the decisions that amended it, each with its 题注', () => {
  const docs = shape('lawWithAppendedDecisions.txt').issues[0].documents;
  it('is four documents: the law and three decisions, two of the same title', () => {
    expect(docs.map((d) => [d.title, d.signDate])).toEqual([
      ['中华人民共和国某某法', '1990-06-28'],
      ['全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定', '1998-11-04'],
      ['全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定', '2005-10-27'],
      ['全国人民代表大会常务委员会关于批准《某某协定》的决定', '2001-08-31'],
    ]);
  });
  it('keeps the annexes as the law\'s attachments, without the decision below them', () => {
    expect(docs[0].attachments.map((a) => a.title)).toEqual(['某某区域图', '某某旗帜式样']);
    expect(JSON.stringify(docs[0])).not.toContain('第五次会议');
  });
});

describe('a web export of a joint 印发 notice of seven organs: title only in front matter, the page\'s date beside the printed one, a copyright notice', () => {
  const r = shape('webExportJointNotice.md');
  const d = r.issues[0].documents[0];
  it('is one document titled from its front matter line, its header read below it', () => {
    expect(r.issues[0].documents).toHaveLength(1);
    expect([d.title, d.lines.start]).toEqual(['某市发展和改革委员会等七部门关于印发《某市促进民营经济发展若干措施》的通知', 2]);
    expect(d.recipients).toBe('各区县（自治县）发展改革委、党委统战部、经济信息委、财政局、商务委、市场监管局、金融办');
    expect([d.titleSource, d.docNumberSource]).toEqual(['frontMatter', null]);
    expect(r.warnings.map((w) => w.code)).not.toContain('document-without-header');
  });
  it('takes the printed date and the seven signing organs over the page\'s publication date and lead organ', () => {
    expect([d.signDate, d.signDateSource, d.issuerSource]).toEqual(['2024-05-15', 'signature', 'signature']);
    expect(d.issuer?.split('、')).toHaveLength(7);
    expect(d.issuer).toContain('中共某市委统战部');
  });
  it('finds the issued measures, and the copyright notice is page chrome, not a citation', () => {
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市促进民营经济发展若干措施']);
    expect(d.citations?.map((c) => c.title)).not.toContain('中华人民共和国著作权法');
    expect(r.dropped.map((x) => x.reason)).toContain('web-chrome');
  });
});

describe('a law database\'s statute with its annexes, then the decisions and amendments appended to it, titles wrapped over three lines', () => {
  const docs = shape('lawWithAnnexesAndAmendments.md').issues[0].documents;
  it('is six documents, each dated by its own 题注', () => {
    expect(docs.map((d) => [d.title, d.signDate])).toEqual([
      ['某某特别区基本法', '1990-04-04'],
      ['某某人民代表大会常务委员会关于《某某特别区基本法》附件二所列法律增减的决定', '1997-07-01'],
      ['某某人民代表大会常务委员会关于增加《某某特别区基本法》附件二所列法律的决定', '1998-11-04'],
      ['某某人民代表大会常务委员会关于增加《某某特别区基本法》附件二所列法律的决定', '2005-10-27'],
      ['某某特别区基本法附件一某某特别区首长的产生办法修正案', '2010-08-28'],
      ['某某特别区基本法附件一某某特别区议会的产生办法修正案', '2010-08-28'],
    ]);
  });
  it('keeps the annexes as the law\'s attachments, the first decision out of the last one', () => {
    expect(docs[0].attachments.map((a) => a.title)).toEqual(['某某特别区首长的产生办法', '在某某特别区实施的法律']);
    expect(JSON.stringify(docs[0].attachments[1].body)).not.toContain('增减的决定');
  });
});

describe('a law database page of two records, a download button between each page title and the record\'s own title', () => {
  const docs = shape('lawDatabaseDownloadButton.txt').issues[0].documents;
  it('is two documents, each titled once, the button in neither', () => {
    expect(docs.map((d) => [d.title, d.signDate])).toEqual([
      ['某某市养犬管理条例', '2015-06-26'],
      ['某某省人民代表大会常务委员会关于批准《某某市养犬管理条例》的决定', '2015-09-25'],
    ]);
    expect(JSON.stringify(docs)).not.toContain('点击此处下载');
  });
});

describe('a site\'s banner line over a title that opens with a ministry\'s office', () => {
  const docs = shape('siteBannerOverTitle.txt').issues[0].documents;
  it('is one document titled without the banner, issued by the office', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate])).toEqual([
      ['某部办公厅关于开展某某示范工作的通知', '某办发〔2015〕12号', '某部办公厅', '2015-03-02'],
    ]);
  });
});

describe('a law database record whose page heading adds the site\'s note of its revision, the maker\'s line, then the statute and its 题注', () => {
  const docs = shape('lawDatabaseRevisedHeading.txt').issues[0].documents;
  it('is the statute under its own title, made by the maker\'s line, dated by its 题注', () => {
    expect(docs.map((d) => [d.title, d.issuer, d.signDate])).toEqual([['某市某事管理条例', '某市人大常委会', '2001-11-14']]);
  });
});

describe('an announcement titled with its organ, no 关于, unsigned, dated', () => {
  const docs = shape('announcementTitledWithOrgan.txt').issues[0].documents;
  it('is issued by the organ its title opens with', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate])).toEqual([['某县人民政府征收土地预公告', '某政〔2024〕72号', '某县人民政府', '2024-10-12']]);
  });
});

describe('a law database page of two records, the second with no number, 主送 or 题注 under its head', () => {
  const docs = shape('lawDatabaseRecordWithoutNumber.txt').issues[0].documents;
  it('is two documents: the record head (name, maker, title again) starts the second', () => {
    expect(docs.map((d) => [d.title, d.issuer, d.signDate])).toEqual([
      ['某某省某事条例', '某某省人大常委会', '2010-05-28'],
      ['关于开展某某示范园区建设的通知', '某某部', null],
    ]);
    expect(docs[0].body.map((b) => JSON.stringify(b)).join('')).not.toContain('示范园区');
  });
});

describe('a law database record that prints its maker\'s line again under the title, above the number, and a long 主送 wrapped', () => {
  const docs = shape('lawDatabaseMakerUnderTitle.txt').issues[0].documents;
  it('is the notice titled without the maker, its number, its maker as issuer and the whole 主送', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.recipients])).toEqual([[
      '关于某事现金支付管理的通知', '某银发〔1997〕339号', '某某银行',
      '某某工商银行、某某农业银行、某某建设银行、某某开发银行、某某发展银行、某某进出口银行、某某交通银行、某某实业银行、某某光大银行、某某华夏银行、上海某某发展银行、某某储汇局,某某银行各省、自治区、直辖市分行',
    ]]);
  });
});

describe('a 通告 whose organ name wraps after 的, over its serial in brackets with the organ\'s short name', () => {
  it('is titled and issued by the whole name, numbered by the serial, dated', () => {
    const text = readFileSync(new URL('./shapes/titleWrappedAfterDe.txt', import.meta.url), 'utf8');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate])).toEqual([['某县新型冠状病毒感染的肺炎疫情防控指挥部通告', '县疫情防控指挥部第1号', '某县新型冠状病毒感染的肺炎疫情防控指挥部', '2020-01-23']]);
  });
});
