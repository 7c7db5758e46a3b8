// Markup inside text (#24): raw HTML in markdown, static-site containers, page text exported one span per line.
// Expected values are read off the texts in test/shapes/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse.js';
import { computeCoverage } from '../src/output/coverage.js';
import type { Node } from '../src/types.js';

const shape = (name: string) => parseSource({ text: readFileSync(new URL(`./shapes/${name}`, import.meta.url), 'utf8'), path: name });
const all = (ns: Node[]): Node[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('articles written as inline HTML inside markdown (<p><b>第一条</b>&emsp;…</p>)', () => {
  const { result, accountable } = shape('inlineHtmlArticles.md');
  const d = result.issues[0].documents[0];
  it('are articles, in their chapters, with the text after &emsp; and a <br> part kept', () => {
    expect(d.title).toBe('某某省某事管理条例');
    const nodes = all(d.body);
    expect(nodes.filter((n) => n.type === 'chapter').map((n) => n.label)).toEqual(['第一章', '第二章']);
    expect(nodes.filter((n) => n.type === 'article').map((n) => n.label)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    const third = nodes.find((n) => n.label === '第三条')!;
    expect(all([third]).map((n) => n.text ?? '').join('')).toContain('乡镇人民政府、街道办事处应当配合做好相关工作。');
    expect(nodes.some((n) => /<|&emsp;/.test(n.text ?? ''))).toBe(false);
  });
  it('the 题注 in a <p> gives the date', () => expect(d.signDate).toBe('2021-05-28'));
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('a static-site container (::: tip … :::) around the 题注 and a notice', () => {
  const { result, accountable } = shape('staticSiteContainer.md');
  const d = result.issues[0].documents[0];
  it('the 题注 inside the box dates the statute; the fences are markup', () => {
    expect([d.title, d.signDate, d.recipients]).toEqual(['某市某事条例', '2020-08-28', null]);
    expect(result.dropped.filter((x) => x.reason === 'markup').map((x) => x.text)).toEqual(['::: tip 题注', ':::', '::: warning', ':::']);
  });
  it('the articles are all there, none swallowing a fence', () => {
    const arts = all(d.body).filter((n) => n.type === 'article');
    expect(arts.map((n) => n.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(arts.some((n) => /:::/.test(all([n]).map((x) => x.text).join('')))).toBe(false);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('page text exported one inline span per line (title over four lines, the date over six)', () => {
  const { result } = shape('spanPerLine.txt');
  const d = result.issues[0].documents[0];
  it('title, issuer, recipients and the date written over six lines', () => {
    expect([d.title, d.issuer, d.recipients, d.signDate]).toEqual(['某市人民政府办公室关于做好某事工作的通知', '某市人民政府办公室', '各区人民政府，市政府各部门', '2021-02-02']);
    // (its three lines of digits alone show the span shape: the date is glued as a span line's pieces)
    expect(result.warnings.map((w) => w.code)).toContain('span-lines-joined');
  });
  it('a date in Chinese numerals over six lines is joined as a date', () => {
    const text = readFileSync(new URL('./shapes/spanPerLine.txt', import.meta.url), 'utf8').replace('2021\n年\n2\n月\n2\n日', '二〇二一\n年\n二\n月\n二\n日');
    const r = parseSource({ text, path: 'spanPerLine.txt' }).result;
    expect(r.issues[0].documents[0].signDate).toBe('2021-02-02');
    expect(r.warnings.map((w) => w.code)).toContain('split-date-joined');
  });
});

describe('page text with its chrome: metadata in brackets under the title, download links, the site footer', () => {
  const { result, accountable } = shape('pageTextWithChrome.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('one document with the number from the bracketed metadata line, recipients without it', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.recipients, d.signDate])).toEqual([['某市人民政府关于印发某市某事实施方案的通知', '某政发〔2021〕5号', '各区人民政府，市政府各部门', '2021-03-02']]);
  });
  it('a download link is not a printed attachment; links, buttons and footer are dropped as web chrome', () => {
    expect(docs[0].attachments).toEqual([]);
    expect(result.dropped.filter((x) => x.reason === 'web-chrome').map((x) => x.lines.start)).toEqual([1, 8, 9, 10, 11, 12]);
    expect(computeCoverage(result, accountable).unaccounted).toEqual([]);
  });
});

describe('a metadata table flattened one cell a line, spaced labels alone', () => {
  const d = shape('metadataOneCellPerLine.txt').result.issues[0].documents[0];
  it('gives the number and the date', () => expect([d.title, d.docNumber, d.signDate]).toEqual(['某市人民政府办公室关于做好某事工作的通知', '某政办发〔2021〕7号', '2021-04-06']));
});

describe('an issued text under the label 某政办发〔2021〕2号附件 (split after the year), with a 目录 one span a line', () => {
  const d = shape('issuedTextLabelSplitToc.txt').result.issues[0].documents[0];
  const plan = d.issuedTexts[0];
  it('the issued text is titled without the label', () => expect(d.issuedTexts.map((t) => t.title)).toEqual(['某市某事工作方案']));
  it('its 目录 is one node with each entry and page; the plan has three 一、 items', () => {
    expect(plan.body[0].type).toBe('toc');
    expect(plan.body[0].rows).toEqual([['一、总体要求', '1'], ['二、主要任务', '3'], ['三、保障措施', '5']]);
    expect(all(plan.body).filter((n) => n.type === 'item' && n.level === 1).map((n) => n.label)).toEqual(['一、', '二、', '三、']);
  });
});

describe('page text that opens with the site menu, a lone 首页, the site name and a search label', () => {
  const { result } = shape('pageTextWithMenu.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('the notice is found below them, with its issuer, number, recipients, date and issued text', () => {
    expect(docs.map((d) => [d.title, d.issuer, d.docNumber, d.recipients, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([
      ['某市人民政府办公室关于印发<某市某事管理办法>的通知', '某市人民政府办公室', '某政办发〔2021〕9号', '各区人民政府，市政府各部门', '2021-03-02', ['某市某事管理办法']],
    ]);
  });
  it('the menu and the lone 首页 are web chrome', () => {
    expect(result.dropped.filter((x) => x.reason === 'web-chrome').map((x) => x.lines.start)).toEqual([1, 2]);
  });
});

describe('a title only in YAML front matter, no heading', () => {
  const d = shape('titleOnlyInFrontMatter.md').result.issues[0].documents[0];
  it('is the title, without its key; the text gives the rest', () => {
    expect([d.title, d.issuer, d.recipients, d.signDate]).toEqual(['某市人民政府关于加强某事管理的通知', '某市人民政府', '各区人民政府，市政府各部门', '2021-03-02']);
  });
});

describe('a joint signature of three organs (two on a line, the third below) after contact blocks headed by organ names', () => {
  const d = shape('jointSignatureAfterContacts.txt').result.issues[0].documents[0];
  it('gives the three issuers and the date', () => {
    expect([d.docNumber, d.issuer, d.signDate]).toEqual(['某发改〔2021〕12号', '某市发展和改革委员会、某市财政局、某市住房和城乡建设局', '2021-06-01']);
  });
});

describe('a 公告 with no number, recipients, signature or date (title, body, contact lines)', () => {
  const { result } = shape('announcementWithoutHeader.txt');
  it('is one document titled by its title, its issuer from the title', () => {
    expect(result.issues.flatMap((i) => i.documents).map((d) => [d.title, d.issuer])).toEqual([['某市自然资源局关于某地块规划调整的公告', '某市自然资源局']]);
  });
});

describe('an issuing notice whose announcing sentence is printed below its signature, and a 目录 entry whose leaders wrap', () => {
  const d = shape('announcementBelowSignature.md').result.issues[0].documents[0];
  it('issues one text, starting at its own title (the announcing sentence stays in the notice)', () => {
    expect(d.issuedTexts.map((t) => [t.title, t.lines.start])).toEqual([['某市“十四五”某业发展规划', 14]]);
  });
  it('its 目录 keeps the entry whose page stands on the next line (not a page footer)', () => {
    const toc = d.issuedTexts[0].body.find((n) => n.type === 'toc');
    expect(toc?.rows).toEqual([['一、发展基础', '1'], ['二、优化空间布局,加快融入新发展格局', '3'], ['(一)优化节点布局', '3'], ['三、保障措施', '5']]);
    expect(all(d.issuedTexts[0].body).filter((n) => n.type === 'item' && n.level === 1).map((n) => n.label)).toEqual(['一、', '二、', '三、']);
  });
});

describe('a notice that issues three texts and names only the first in its title (…等三个文件的通知)', () => {
  const { result } = shape('noticeOfSeveralTexts.md');
  const docs = result.issues.flatMap((i) => i.documents);
  it('is one document issuing the three texts its opening sentence names', () => {
    expect(docs.map((d) => d.docNumber)).toEqual(['某政办〔2022〕29号']);
    expect(docs[0].issuedTexts.map((t) => t.title)).toEqual(['某市某事管理暂行办法(试行)', '某市某平台印章管理暂行办法(试行)', '关于加快推进某事应用工作方案']);
  });
  it('each text keeps its own chapters, articles and items', () => {
    const counts = docs[0].issuedTexts.map((t) => ['chapter', 'article', 'item'].map((k) => all(t.body).filter((n) => n.type === k).length));
    expect(counts).toEqual([[1, 2, 0], [2, 2, 0], [0, 0, 2]]);
  });
});

describe('a page printing the separator line as a paragraph of dashes (<p>------</p>)', () => {
  const { result, accountable } = shape('pageWithTextRule.html');
  const d = result.issues[0].documents[0];
  it('the line is a separator: the number above it and the title under it make one header', () => {
    expect(result.issues[0].documents).toHaveLength(1);
    expect([d.title, d.docNumber, d.issuer, d.recipients, d.signDate]).toEqual(['关于加强某事管理的通知', '某某发〔2006〕83号', '某某省某某厅', '各市（州）某某局', '2006-05-10']);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('page text exported one inline span per line, every number a span of its own', () => {
  const { result, accountable } = shape('spanPerLineNumbers.txt');
  const [d, ...rest] = result.issues[0].documents;
  it('the number, the title and the date are whole again', () => {
    expect(rest).toEqual([]);
    expect([d.title, d.docNumber, d.issuer, d.recipients, d.signDate]).toEqual(['某市人民政府办公室关于做好2021年某事工作的通知', '某政办发〔2021〕3号', '某市人民政府办公室', '各区人民政府，市政府各部门', '2021-02-02']);
    expect(result.warnings.map((w) => w.code)).toContain('span-lines-joined');
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('a page that prints its title only in its 信息公开 catalogue entry (名称：…)', () => {
  const { result, accountable } = shape('catalogueEntryTitle.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('the entry\'s 名称 titles the notice, which issues the text printed under it', () => {
    expect(docs.map((d) => [d.title, d.titleSource, d.issuer, d.recipients, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([
      ['某某县人民政府关于印发《某某县人民政府工作规则》的通知', 'pageMetadata', '某某县人民政府', '各乡、镇人民政府,县政府各部门、各直属机构', '2019-01-17', ['某某县人民政府工作规则']],
    ]);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('a web export titled in its front matter, the page heading its number and 《title》, the title not printed again', () => {
  const text = ['---', 'title: "某某省人民政府关于深化某事改革的实施意见"', '---', '', '某政发〔2014〕20号《某某省人民政府关于深化某事改革的实施意见》', '', '浏览量:          时间:2016-01-17 23:45:19', '', '某政发〔2014〕20号', '', '各市人民政府,省政府各部门:', '', '为深化某事改革，现提出以下实施意见:', '', '一、总体要求', '', '某某省人民政府', '2014年12月31日'].join('\n');
  const { result } = parseSource({ text, path: 'x.md' });
  it('the heading gives the number and the title; the 主送 and the signature are read under them', () => {
    expect(result.issues.flatMap((i) => i.documents).map((d) => [d.title, d.docNumber, d.issuer, d.recipients, d.signDate])).toEqual([
      ['某某省人民政府关于深化某事改革的实施意见', '某政发〔2014〕20号', '某某省人民政府', '各市人民政府,省政府各部门', '2014-12-31'],
    ]);
  });
});

describe("a document's plain text pasted into a container, a line of it a source line (no <p>, no <br>)", () => {
  const { result, accountable } = shape('plainTextInContainer.html');
  const d = result.issues[0].documents[0];
  it('keeps its lines: the 主送, the bold 一、 headings and their text', () => {
    expect([d.title, d.recipients, d.docNumber]).toEqual(['关于开展某某政策落实情况自查的通知', '某市各区人民政府，市政府各部门', null]);
    expect(d.body.filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、', '三、']);
  });
  it("the page's 发布人/时间 line above the text is no part of the 主送", () => expect(d.recipients).not.toContain('发布人'));
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe("a plan signed by its organ and dated to a month, the page's QR-code note run on after the date", () => {
  const { result, accountable } = shape('planDatedToMonth.txt');
  const d = result.issues[0].documents[0];
  it('is signed by the organ; a month is no signDate', () => {
    expect([d.title, d.issuer, d.issuerSource, d.signDate]).toEqual(['某局创建文明城市工作方案', '市某某局', 'signature', null]);
  });
  it('the QR-code note is dropped as the page furniture it is', () => {
    expect(result.dropped.filter((x) => x.reason === 'web-chrome').map((x) => x.text)).toContain('扫一扫在手机打开当前页');
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe("a school's notice on a document-sharing site (第一篇:… heading, the school's name over the 关于 line)", () => {
  const { result, accountable } = shape('schoolNoticeOnSharingSite.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('is titled by the school and its 关于 line; the school issues it', () => {
    expect(docs.map((d) => [d.title, d.issuer, d.recipients])).toEqual([['某某中心校关于做好2014年春季开学安全工作的通知', '某某中心校', '各中小学校']]);
    expect(docs[0].body.filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、']);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe("an order saved from a chronicle database (its source address on a line, its dates' 〇〇 lost)", () => {
  const { result, accountable } = shape('orderInChronicleDatabase.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('is the order with its number, its signer, and the 办法 it issues; a year that lost its digits dates nothing', () => {
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([
      ['某市人民政府令', '某市人民政府令第77号', '某市人民政府', null, ['某市某事应急办法']],
    ]);
  });
  it('the address line is dropped as page furniture', () => {
    expect(result.dropped.filter((x) => x.reason === 'web-chrome').map((x) => x.text)).toEqual(['Original URL: http://lib.example.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13']);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('a database export: metadata lines, then the body as one line of <p> paragraphs, no title anywhere', () => {
  const { result, accountable } = shape('metadataAndHtmlField.txt');
  const docs = result.issues.flatMap((i) => i.documents);
  it('is one document known by its number: issuer, 主送, date, publicity and the plan it issues', () => {
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect([d.title, d.docNumber, d.issuer, d.recipients, d.signDate, d.publicity]).toEqual(['某政发〔2018〕13号', '某政发〔2018〕13号', '某某省人民政府', '各市、县人民政府,省人民政府各委、办、厅、局', '2018-03-27', '此件公开发布']);
    expect(d.issuedTexts.map((t) => t.title)).toEqual(['某某省促进某事增收的实施方案']);
  });
  it('the plan keeps its two 一、 items', () => {
    const items = all(docs[0].issuedTexts[0].body).filter((n) => n.type === 'item').map((n) => n.label);
    expect(items).toEqual(['一、', '二、']);
  });
  it('every line is accounted for', () => expect(computeCoverage(result, accountable).unaccounted).toEqual([]));
});

describe('a document drafted in markdown for GB/T 9704 output: every header element in its YAML front matter, the body alone below', () => {
  const { result } = shape('frontMatterHeader.qmd');
  const docs = result.issues.flatMap((i) => i.documents);
  it('takes title, number, issuer, 主送, date, publicity, the 附件说明 and the 版记 from the front matter', () => {
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect([d.title, d.docNumber, d.issuer, d.recipients, d.signDate, d.publicity]).toEqual(['关于印发《某市公文格式规范》的通知', '某政办发〔2024〕12号', '某市人民政府办公室', '各区人民政府，市政府各部门', '2024-05-06', '此件公开发布']);
    expect(d.attachments.map((a) => [a.label, a.title, a.printed])).toEqual([['附件1', '某市公文格式规范', false], ['附件2', '公文格式对照表', false]]);
    expect(d.imprint).toEqual({ copyTo: '市委办公室，市人大常委会办公室', printer: '某市人民政府办公室', printDate: '2024-05-07' });
  });
  it('the body keeps its two 一、 items', () => expect(all(docs[0].body).filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、']));
  it('must not take the text\'s own 主送 and publicity over the front matter\'s', () => {
    const text = ['---', 'mainreceiver: 各区人民政府：', 'notes: 此件不公开', '---', '', '某市人民政府关于某事的通知', '', '市政府各部门：', '', '现将有关事项通知如下。', '', '某市人民政府', '', '2024年5月6日', '', '（此件公开发布）'].join('\n');
    const [d] = parseSource({ text, path: 'x.md' }).result.issues.flatMap((i) => i.documents);
    expect([d.recipients, d.publicity]).toEqual(['市政府各部门', '此件公开发布']);
  });
  it('must not take a note that is no publicity note for one, nor a 主送 of nothing', () => {
    const text = ['---', 'title: 某市人民政府关于某事的通知', 'notes: 本文件由某某处起草', 'mainreceiver: "："', '---', '', '现将有关事项通知如下。'].join('\n');
    const [d] = parseSource({ text, path: 'x.md' }).result.issues.flatMap((i) => i.documents);
    expect([d.title, d.recipients, d.publicity]).toEqual(['某市人民政府关于某事的通知', null, null]);
  });
});

describe("a law reader's setext title carrying the year it sorts the text by (2018-某某法)", () => {
  const text = ' 2018-中华人民共和国某某法\n--------------------------\n\n（2018年3月20日第十三届全国人民代表大会第一次会议通过）\n\n第一章　总则\n============\n\n　　第一条　为了规范某某工作，根据宪法，制定本法。\n\n　　第二条　本法自公布之日起施行。\n';
  const d = parseSource({ text, path: 'x.md' }).result.issues[0].documents[0];
  it('is titled by the law, without the year', () => expect([d.title, d.issuer, d.signDate]).toEqual(['中华人民共和国某某法', '全国人民代表大会', '2018-03-20']));
});
