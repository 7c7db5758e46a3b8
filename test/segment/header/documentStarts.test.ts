import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../../src/parse.js';
import { findDocumentStarts } from '../../../src/segment/header/documentStarts.js';
import { linesOf } from '../../helpers/lines.js';
import { splitLines } from '../../../src/blocks/splitLines.js';
import { markdownLines } from '../../../src/blocks/markdownLines.js';

function starts(text: string): { title: string; issuer: string | null; number: string | null; kind: string }[] {
  const lines = linesOf(text);
  return findDocumentStarts(lines, 0, lines.length).map((s) => ({ title: s.title.title, issuer: s.title.issuer, number: s.number?.normalized ?? null, kind: s.kind }));
}

describe('findDocumentStarts', () => {
  it('issuer line + wrapped title + number', () => {
    expect(starts('某市人民政府办公室\n\n关于印发某市推进职业技能提升培训\n\n实施方案的 通 知\n\n某市政办〔2019〕41号\n\n各县人民政府：')).toEqual([
      { title: '某市人民政府办公室关于印发某市推进职业技能提升培训实施方案的通知', issuer: '某市人民政府办公室', number: '某市政办〔2019〕41号', kind: 'number' },
    ]);
  });

  it.each([
    // an order named by its matter under its organ's line, its serial alone under it
    ['某县人民政府\n森林高火险期禁火令\n第1号\n为有效预防森林火灾，县人民政府决定发布禁火令。', '某县人民政府森林高火险期禁火令', '某县人民政府', '第1号'],
    // an announcement's serial with its year, in brackets
    ['某市公安局\n关于某路段交通管制的通告\n（2024年第2号）\n为保障某某活动顺利进行，现通告如下：', '某市公安局关于某路段交通管制的通告', '某市公安局', '2024年第2号'],
  ])('a serial alone under its order\'s or announcement\'s title: %j', (text, title, issuer, number) => {
    expect(starts(text)[0]).toEqual({ title, issuer, number, kind: 'number' });
  });
  it.each([
    ['某市人民政府关于某事的通知\n第1号\n各区人民政府：'], // a notice carries a 发文字号, no serial
    ['某市某某管理办法\n第1号\n第一条 为了……'],
  ])('must not: a serial under another kind of title %j', (text) => expect(starts(text).some((s) => s.number === '第1号')).toBe(false));

  it.each([
    ['a time stamp with the site\'s name', '2023-07-17 06:35:24 某某网'],
    ['a labelled field', '发布时间：2023-07-17'],
    ['a stamp cut at its space, the time with the site\'s name', '更新时间:2023-07-17\n06:35:24文/某某网'],
    ['a list of time, clicks and an empty source', '  • 时间:2016-04-20\n  • 点击:371\n  • 来源:'],
    ['a date line and the column\'s label', '日期:2017-05-09 00:00\n政策文件:'],
  ])('a page\'s line between the title and its number (%s) leaves the title to the number', (_name, line) => {
    expect(starts(`某市人民政府关于做好某事工作的通知\n${line}\n某政发〔2015〕18号\n各区人民政府：\n现将有关事项通知如下。`)).toEqual([
      { title: '某市人民政府关于做好某事工作的通知', issuer: '某市人民政府', number: '某政发〔2015〕18号', kind: 'number' },
    ]);
  });
  it('must not: a sentence between a title and a number', () => {
    expect(starts('某市人民政府关于做好某事工作的通知\n现将有关事项通知如下。\n某政发〔2015〕18号\n各区人民政府：\n现将有关事项通知如下。')[0]?.title).not.toBe('某市人民政府关于做好某事工作的通知');
  });

  it('a compilation\'s note of date and number under the title starts the document', () => {
    expect(starts('某某省地方法规\n某某省人民政府关于某某问题的通知\n(1985年5月4日某政〔1985〕38号)\n根据某某规定，现将有关问题通知如下：')).toEqual([
      { title: '某某省人民政府关于某某问题的通知', issuer: '某某省人民政府', number: '某政〔1985〕38号', kind: 'number' },
    ]);
  });

  it('a number right over the 主送 with no title printed: the document is known by its number', () => {
    expect(starts('某政发〔2023〕8号\n各市人民政府，省政府各部门：\n《某某省人民政府工作规则》已经省政府会议审议通过，现印发给你们，请遵照执行。')).toEqual([
      { title: '某政发〔2023〕8号', issuer: null, number: '某政发〔2023〕8号', kind: 'number' },
    ]);
  });
  it('a number opening the text over its first sentence, no title printed: known by its number', () => {
    expect(starts('某府公〔2020〕5号\n根据某某法有关规定，现将有关事项公告如下：\n一、某某。\n某县人民政府\n2020年6月3日')[0]).toEqual({ title: '某府公〔2020〕5号', issuer: null, number: '某府公〔2020〕5号', kind: 'number' });
  });
  it('a number opening a text run together on one line, that ends with its closing formula: known by its number', () => {
    expect(starts('某龙政〔2023〕32号\n今年高考在即,为防止噪声污染,现通告如下:一、严禁施工,二、禁止鸣笛,举报电话:1234567特此通告\n某市某区人民政府\n2023年5月22日')[0]).toEqual({ title: '某龙政〔2023〕32号', issuer: null, number: '某龙政〔2023〕32号', kind: 'number' });
  });
  it('must not: a number inside a text over a sentence (a cited number on a line of its own)', () => {
    expect(starts('为做好某某工作，根据\n某府公〔2020〕5号\n文件精神，现通知如下。').some((s) => s.title === '某府公〔2020〕5号')).toBe(false);
  });
  it('must not: a number under a 题注 belongs to the title above the note', () => {
    expect(starts('某某法院关于某类案件的批复\n2013年9月9日某某法院审判委员会第1590次会议通过\n某释〔2013〕23号\n某某省高级人民法院：\n你院请示收悉。').every((s) => s.title !== '某释〔2013〕23号')).toBe(true);
  });
  it('must not: a number in running text over a 主送-like line, the sentence above it open', () => {
    expect(starts('根据某某规定，参照\n某政发〔2023〕8号\n各市人民政府，省政府各部门：').some((s) => s.number === '某政发〔2023〕8号')).toBe(false);
  });

  it('issuer and title on one line separated by a space', () => {
    expect(starts('某市人民政府 关于推动创新创业高质量发展的实施意见\n\n某市政发〔2019〕21号')[0]).toMatchObject({ title: '某市人民政府关于推动创新创业高质量发展的实施意见', issuer: '某市人民政府' });
  });

  it('a bare title with a number and no issuer', () => {
    expect(starts('某市加快5G产业发展实施意见\n\n某市政发〔2019〕23号\n\n为加快5G产业发展，制定本意见。')[0]).toMatchObject({ title: '某市加快5G产业发展实施意见', issuer: null });
  });

  it('版头 order: number above the title', () => {
    expect(starts('本期要目完。\n\n国发〔2022〕22号\n\n国务院关于开展第五次全国经济普查的通知\n\n各省、自治区、直辖市人民政府：')[0]).toMatchObject({ title: '国务院关于开展第五次全国经济普查的通知', number: '国发〔2022〕22号' });
  });

  it('a number cited in running text is not a document', () => {
    expect(starts('根据《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）\n\n要求，现就有关事项通知如下。')).toEqual([]);
  });

  it('a citation split across lines is not a document', () => {
    expect(starts('按照《某省人民政府办公厅关于某事的通知》（某政办发〔2021〕\n\n80号）要求，做好工作。')).toEqual([]);
  });

  it('a 关于…的批复 without number starts at its recipients line', () => {
    expect(starts('上一文件结束。\n\n某市人民政府关于同意设立某某开发区的批复\n\n某区人民政府：\n\n你区请示收悉。')[0]).toMatchObject({ title: '某市人民政府关于同意设立某某开发区的批复', kind: 'recipients' });
  });

  it('a regulation with an adoption note', () => {
    expect(starts('某某省优化营商环境条例\n\n（2020年11月27日某某省第十三届人民代表大会常务委员会第二十一次会议通过）\n\n第一条 为了优化营商环境，制定本条例。')[0]).toMatchObject({ title: '某某省优化营商环境条例', kind: 'adoption' });
  });
});

describe('statutes (题注 and body openings)', () => {
  it.each([
    ['dated note lines (law-database layout)', '某市养犬管理条例\n\n2016年3月15日 某市第三届人民代表大会第七次会议通过\n\n2016年3月31日 某某省人民代表大会常务委员会第二十八次会议批准\n\n第一条 为了规范养犬行为，制定本条例。', '某市养犬管理条例', 'adoption'],
    ['the source page\'s address between the title and the note', '某某省某某条例\n\nhttp://www.example.gov.cn/npc/c1/202101/a.shtml\n\n（2021年1月22日某某省第十三届人民代表大会常务委员会第二十五次会议通过）\n\n第一章　总则', '某某省某某条例', 'adoption'],
    ['a note wrapped over two lines', '某某省水资源管理条例\n\n（2002年10月31日某某省第九届人民代表大会常务委员会\n第三十九次会议通过）\n\n第一章 总则', '某某省水资源管理条例', 'adoption'],
    ['no note: the title right above 第一章', '某市出租汽车管理条例\n\n第一章　总则\n\n第一条 为了加强本市出租汽车的管理，制定本条例。', '某市出租汽车管理条例', 'statute'],
    ['no note: the title right above 第一条', '某市社会保险费征缴若干规定\n\n第一条 为了确保社会保险费的足额征收，制定本规定。', '某市社会保险费征缴若干规定', 'statute'],
    ['a judicial interpretation', '最高人民法院关于审理某类纠纷案件适用法律若干问题的解释\n\n第一条 人民法院审理……', '最高人民法院关于审理某类纠纷案件适用法律若干问题的解释', 'statute'],
    ['a preamble', '某某自治州自治条例\n\n序言\n\n某某自治州位于……', '某某自治州自治条例', 'statute'],
  ])('%s', (_name, text, title, kind) => expect(starts(text)).toEqual([expect.objectContaining({ title, kind })]));

  it('a static site\'s tip box and rule between the title and the note box: the note dates the statute and names its maker', () => {
    const text = '# 某某省某某条例修正案\n\n::: tip\n\n这是一部关于某某省某某条例的修正案\n\n:::\n\n---\n\n::: note\n\n2020 年 4 月 12 日某某省第七届人民代表大会常务委员会第一次会议通过\n\n:::\n\n**第一条**　某某条例第十一条增加规定：“某事。”';
    const docs = parseGazette({ text, path: 'x.md' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer, d.signDate])).toEqual([['某某省某某条例修正案', '某某省人民代表大会常务委员会', '2020-04-12']]);
  });

  it.each([
    ['a notice above 第一条 is not a statute', '某市人民政府关于做好防汛工作的通知\n\n第一条 各单位要……'],
    ['a later article, not the first', '某某省水资源管理条例\n\n第五条 县级以上人民政府应当……'],
    ['a statute title inside running text', '根据有关规定，结合实际，执行某某省水资源管理条例\n\n第一条 为了……'],
    ['a 施行 sentence under a title is not a note', '某某省水资源管理条例\n\n本条例自2023年1月1日起施行。'],
  ])('must not fire: %s', (_name, text) => expect(starts(text)).toEqual([]));
});

describe('orders (令)', () => {
  it('an order number printed over two lines starts a document titled by the order line', () => {
    expect(starts('上一文件结束。\n\n某某省人民政府令\n\n第 300 号\n\n《某某省数据管理办法》已经省人民政府常务会议通过，现予公布，自2023年3月1日起施行。')).toEqual([
      { title: '某某省人民政府令', issuer: '某某省人民政府', number: '某某省人民政府令第300号', kind: 'number' },
    ]);
  });
});

describe('back matter in plain text', () => {
  it('a --- rule and the editorial box after the last document are not part of it', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某区人民政府 关于做好某某工作的通知', '某政发〔2023〕4号', '各街道办事处：', '现将有关事项通知如下。', '某区人民政府', '2023年7月12日',
      '---', '主办单位:某区人民政府办公室', '电 话:(0356)1234567', '传达政令', '服务社会'].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    expect(r.issues[0].documents[0].lines.end).toBe(11);
    expect(r.issues[0].backMatter.map((b) => [b.kind, b.lines.start, b.lines.end])).toEqual([['editorial', 13, 21]]);
  });
});

describe('columns without documents', () => {
  it('a 政策解读 column after a document is not appended to it', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某区人民政府 关于做好某某工作的通知', '某政发〔2023〕4号', '各街道办事处：', '现将有关事项通知如下。', '某区人民政府', '2023年7月12日',
      '【政策解读】', '《关于做好某某工作的通知》解读', '一、出台背景', '为做好某某工作，区政府出台了通知。'].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    expect(r.issues[0].documents).toHaveLength(1);
    expect(r.issues[0].documents[0].lines.end).toBe(11);
    expect(r.issues[0].backMatter.map((b) => [b.kind, b.lines.start, b.lines.end])).toEqual([['column:政策解读', 13, 19]]);
  });
  it.each([['【政策解读】', '政策解读'], ['·人事任免·', '人事任免'], ['政务动态', '政务动态'], ['关于人事任免的通知', null], ['加强政务动态发布。', null]])('%s', async (t, v) => {
    const { nonDocumentColumn } = await import('../../../src/segment/issue/backMatter.js');
    expect(nonDocumentColumn(t)).toBe(v);
  });
});

describe('a heading starts a block whatever ends the one above', () => {
  const markdown = (text: string) => {
    const raw = splitLines(text);
    const lines = markdownLines(raw, raw.join('\n'));
    return findDocumentStarts(lines, 0, lines.length).map((s) => [s.title.title, s.kind]);
  };
  it('a decision appended after a statute whose annex ends in a list item without a full stop', () => {
    const text = '# 某某省某某条例\n\n（2001年5月1日某某省第九届人民代表大会常务委员会第二十次会议通过）\n\n第一条 为了规范某某活动，制定本条例。\n\n## 附件\n\n一、甲类物品\n\n二、乙类物品\n\n# 某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定\n\n（2010年1月1日某某省第十一届人民代表大会常务委员会第十二次会议通过）\n\n一、将第一条修改为：“为了规范某某活动，保护某某权益，制定本条例。”';
    expect(markdown(text)).toEqual([
      ['某某省某某条例', 'adoption'],
      ['某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定', 'adoption'],
    ]);
  });
  it('must not fire: a heading that names a decision with no 题注, number or 主送 under it', () => {
    const text = '# 某某省某某条例\n\n（2001年5月1日某某省第九届人民代表大会常务委员会第二十次会议通过）\n\n第一条 为了规范某某活动，制定本条例。\n\n## 附件\n\n一、甲类物品\n\n## 某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定\n\n本决定自公布之日起施行。';
    expect(markdown(text)).toEqual([['某某省某某条例', 'adoption']]);
  });
});

describe('an attachment\'s caption closes what stands above a title', () => {
  const law = '某某省某某条例\n（2001年5月1日某某省第九届人民代表大会常务委员会第二十次会议通过）\n第一条 为了规范某某活动，制定本条例。\n附件一：某某区域图\n附件二：某某标志式样\n';
  it('plain text: a decision with its 题注 appended after the annex captions of a statute', () => {
    expect(starts(law + '某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定\n（2010年1月1日某某省第十一届人民代表大会常务委员会第十二次会议通过）\n一、将第一条修改为：“为了规范某某活动，制定本条例。”').map((s) => [s.title, s.kind])).toEqual([
      ['某某省某某条例', 'adoption'],
      ['某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定', 'adoption'],
    ]);
  });
  it.each([
    ['a caption that runs on into the next line', '附件二：某某省人民代表大会常务委员会关于\n'],
    ['a caption ending in 的', '附件二：某某省实施某某法的\n'],
  ])('must not fire: %s', (_shape, label) => {
    const text = '某某省某某条例\n（2001年5月1日某某省第九届人民代表大会常务委员会第二十次会议通过）\n第一条 为了规范某某活动，制定本条例。\n' + label + '某某省某某办法\n（2010年1月1日某某省人民政府第十二次常务会议通过）\n第一条 为了规范某某活动，制定本办法。';
    expect(starts(text).map((s) => s.title)).toEqual(['某某省某某条例']);
  });
});

describe('a title with its 题注 right after the last item of a list', () => {
  const law = '某某省某某条例\n（2001年5月1日某某省人民代表大会常务委员会通过）\n第一条 本条例适用于某某。\n附件：适用的法律\n一、《某某法》\n二、《某某条例》\n';
  const decision = '某某省人民代表大会常务委员会关于\n《某某省某某条例》\n附件所列法律增减的决定\n（2010年1月1日某某省人民代表大会常务委员会通过）\n一、增加《某某法》。';
  it('starts the decision (an annex\'s list of laws, then the decision that amended it)', () => {
    expect(starts(law + decision).map((s) => s.title)).toEqual(['某某省某某条例', '某某省人民代表大会常务委员会关于《某某省某某条例》附件所列法律增减的决定']);
  });
  it.each([
    ['an item that runs on (ends in 的)', law.replace('二、《某某条例》', '二、适用于某某的')],
    ['an item that runs on (ends in a comma)', law.replace('二、《某某条例》', '二、《某某条例》，')],
  ])('must not start it after %s', (_what, text) => {
    expect(starts(text + decision).map((s) => s.title)).toEqual(['某某省某某条例']);
  });
});

describe('a web copy that prints the 成文日期 under the title', () => {
  const doc = (text: string) => {
    const r = parseGazette({ text, path: 'x.md' });
    const d = r.issues[0]?.documents[0];
    return { n: r.issues.flatMap((i) => i.documents).length, docNumber: d?.docNumber, recipients: d?.recipients, signDate: d?.signDate, signDateSource: d?.signDateSource, warned: r.warnings.some((w) => w.code === 'document-without-header') };
  };
  it.each([
    ['title, date, number, 主送', '# 某某省人民政府关于某市城市总体规划的批复\n\n2024年3月5日\n\n某政函〔2024〕12号\n\n某市人民政府：\n\n你市《关于报请审批某市城市总体规划的请示》收悉。现批复如下。', '某政函〔2024〕12号'],
    ['title, date with its organ, 主送', '# 某某省人民政府关于同意设立某某开发区的批复\n\n2024年3月5日 某某省人民政府\n\n某市人民政府：\n\n你市《关于设立某某开发区的请示》收悉。经研究，同意设立某某开发区。', null],
  ])('%s: its number, 主送 and date', (_, text, number) => {
    expect(doc(text)).toEqual({ n: 1, docNumber: number, recipients: '某市人民政府', signDate: '2024-03-05', signDateSource: 'header', warned: false });
  });
  it('must not fire: a signature date below the body stays the date (the header has none)', () => {
    const text = '# 某某省人民政府关于同意设立某某开发区的批复\n\n某市人民政府：\n\n你市《关于设立某某开发区的请示》收悉。经研究，同意设立某某开发区。\n\n某某省人民政府\n\n2024年3月8日';
    expect(doc(text)).toMatchObject({ signDate: '2024-03-08', signDateSource: 'signature' });
  });
});

describe('a law database page: the statute\'s maker printed between its title and its 题注', () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('the 题注 still dates the statute, and the maker\'s line names the issuer', async () => {
    const text = ['某省某事监督条例1', '某省人大常委会', '某省某事监督条例', '某省人大常委会', '(1992年5月13日某省第七届人民代表大会常务委员会第二十五次会议通过)', '目 录', '第一章 总 则', '第二章 附 则', '第一章 总 则', '第一条 为保证监督权，制定本条例。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.issuer, d.signDate])).toEqual([['某省某事监督条例', '某省人大常委会', '1992-05-13']]);
  });
  it('must not take a line of text between title and 题注 as a maker', async () => {
    const text = ['某省某事条例', '本条例由省人大常委会负责解释', '(1992年5月13日某省第七届人民代表大会常务委员会第二十五次会议通过)', '第一条 为了规范某事，制定本条例。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.every((d) => d.issuer !== '本条例由省人大常委会负责解释')).toBe(true);
  });
});

describe('a 主送 with the body\'s first sentence on its line', () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('starts the document under its title', async () => {
    const text = ['今天是:2025年12月06日', '某市水利局', '征集调查', '主题:', '某市某指挥部办公室关于征求《某市某事预案(征求意见稿)》修改意见的函', '截止:2019-06-18', '某市某指挥部办公室关于征求《某市某事预案(征求意见稿)》修改意见的函', '市直有关部门: 为切实做好某事工作，请各单位于6月18日前反馈修改意见。联系人:某某,电话:0000000'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.recipients])).toEqual([['某市某指挥部办公室关于征求《某市某事预案(征求意见稿)》修改意见的函', '市直有关部门']]);
  });
  it('must not start a document at a sentence with a colon inside a body', async () => {
    const text = ['某市人民政府关于某事的通知', '某政发〔2024〕1号', '各区人民政府：', '现将有关事项通知如下：', '一、各单位要加强领导。', '关于做好某事的要求', '各区：请按时报送材料。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => d.title)).toEqual(['某市人民政府关于某事的通知']);
  });
});

describe('a law database page: the maker\'s line under the document\'s own title', () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('above the 主送: part of the header, the issuer', async () => {
    const text = ['某部关于某事救济款发放使用问题的通知', '某部', '某部关于某事救济款发放使用问题的通知', '某部', '××省民政局:', '为了帮助群众克服困难,我部已拨给你省救灾款。', '二、要加强检查。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.issuer, d.recipients])).toEqual([['某部关于某事救济款发放使用问题的通知', '某部', '××省民政局']]);
  });
  it('and the kind of document on a line of its own (复函) under it, with another record after it on the page', async () => {
    const text = ['某部关于某事问题的复函(摘录)', '某部', '某部关于某事问题的复函(摘录)', '某部', '复函', '某省人事局:', '一、工作人员的工龄一般应从重新参加工作之日起算。', '1963年2月1日',
      '关于印发《某司工作要点》的通知', '某某部', '关于印发《某司工作要点》的通知', '某建函〔2011〕18号', '各省住房和城乡建设厅,有关单位:', '现将《某司工作要点》印发你们,供参考。', '某某部某司', '二〇一一年二月二十三日'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.issuer, d.recipients, d.signDate])).toEqual([
      ['某部关于某事问题的复函(摘录)', '某部', '某省人事局', '1963-02-01'],
      ['关于印发《某司工作要点》的通知', '某某部', '各省住房和城乡建设厅,有关单位', '2011-02-23'],
    ]);
  });
  it('must not take the kind a title wrapped before for a label: the title ends with it', async () => {
    const text = ['某部关于某事问题的', '通知', '某省人事局:', '一、工作人员的工龄一般应从重新参加工作之日起算。'].join('\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.recipients])).toEqual([['某部关于某事问题的通知', '某省人事局']]);
  });
  it('above the number of the order that promulgates it: the 通告 titles the order, and is the text it issues', async () => {
    const text = ['某市人民政府关于控制某区扬尘污染的通告', '某市人民政府', '某府令第 121 号', '《某市人民政府关于控制某区扬尘污染的通告》已经市人民政府常务会议审议通过，现予发布。', '市 长', '二○○一年十二月三十日',
      '某市人民政府关于控制某区扬尘污染的通告', '第一条 为有效控制扬尘污染，制定本通告。', '第二条 本通告自发布之日起施行。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([['某市人民政府关于控制某区扬尘污染的通告', '某府令第121号', '某市人民政府', '2001-12-30', ['某市人民政府关于控制某区扬尘污染的通告']]]);
    expect(docs[0].issuedTexts[0].body.filter((n) => n.type === 'article').map((n) => n.label)).toEqual(['第一条', '第二条']);
  });
  it('must not take a title over a maker line when a title stands right below the number (版头 order)', async () => {
    const text = ['关于印发某地区某事办法的通知', '下载地址: 点击此处下载', '关于印发某地区某事办法的通知', '某某地区行署办公室', '某行办发〔2008〕31号', '关于印发某地区某事办法的通知', '各县市人民政府：', '现印发你们，请认真遵照执行。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.docNumber])).toEqual([['关于印发某地区某事办法的通知', '某行办发〔2008〕31号']]);
  });
  it('above the first chapter: the statute is found and its maker names the issuer', async () => {
    const text = ['某某自治区某事管理办法', '某某自治区政府', '某某自治区某事管理办法', '某某自治区政府', '第一章 总则', '第一条 为了加强管理，制定本办法。', '第二条 本办法适用于本区。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.issuer])).toEqual([['某某自治区某事管理办法', '某某自治区政府']]);
  });
  it('must not take an organ line above a number line for a maker: a 版头 stays a 版头', async () => {
    const text = ['某某地区行署办公室', '某行办发〔2008〕31号', '关于印发某地区某事办法的通知', '各县市人民政府：', '现印发你们，请认真遵照执行。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.docNumber])).toEqual([['关于印发某地区某事办法的通知', '某行办发〔2008〕31号']]);
  });
});

describe('an order printed whole on one line', () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('is the order\'s title and number, signed by a spaced post', async () => {
    const text = ['某市某事管理办法', '某某省某市人民政府', '某市人民政府令第123号', '《某市某事管理办法》已经市人民政府同意，现予发布。', '市 长 某某某', '二○一二年五月三十日', '某市某事管理办法', '第一章 总 则', '第一条 为加强管理，制定本办法。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate, d.signer, d.issuedTexts.map((t) => t.title)])).toEqual([['某市人民政府令', '某市人民政府令第123号', '某市人民政府', '2012-05-30', '市长 某某某', ['某市某事管理办法']]]);
  });
  it('must not fire when a title is printed right below the number (版头 order)', async () => {
    const text = ['某市人民政府令第5号', '某市人民政府关于某事的决定', '各区人民政府：', '现决定如下。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => d.title)).toEqual(['某市人民政府关于某事的决定']);
  });
});

describe('a 关于 title over its 成文日期 line, with no number or 主送 (a web copy of a circular)', () => {
  const rows: { name: string; text: string; want: { title: string; kind: string }[] }[] = [
    { name: 'date and maker after a comma', text: '某委关于印发《某某规程》的通知\n1991年8月29日,某委\n现将《某某规程》发给你们，请遵照执行。', want: [{ title: '某委关于印发《某某规程》的通知', kind: 'dated' }] },
    { name: 'a date alone in brackets', text: '某市人民政府关于加强冬季防火安全的通告\n（2024年12月28日）\n为加强防火安全，现通告如下：', want: [{ title: '某市人民政府关于加强冬季防火安全的通告', kind: 'dated' }] },
    // must not fire: the 主送 under the date is the recipients rule's start
    { name: 'a 主送 under the date', text: '某市人民政府关于某事的通知\n2024年3月5日\n各区人民政府：\n现通知如下。', want: [{ title: '某市人民政府关于某事的通知', kind: 'recipients' }] },
    // must not fire: a signature is an organ over its date, not a title
    { name: 'a signature', text: '请认真贯彻执行。\n某市人民政府\n2024年3月5日\n某市某事办法', want: [] },
    // must not fire: a title without 关于 over a date (a page heading with its stamp) is not taken
    { name: 'no 关于', text: '某市某事工作要点\n2024年3月5日\n一、总体要求', want: [] },
    // must not fire: a title running on from a sentence above is no title
    { name: 'not closed above', text: '现将有关情况报告如下，请\n某市人民政府关于某事的通知\n2024年3月5日\n正文。', want: [] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(starts(row.text).map(({ title, kind }) => ({ title, kind }))).toEqual(row.want);
    });
  }
  it('the date dates the document, and an untitled statute after its one sentence is the text it issues', () => {
    const text = ['某委关于印发《某某规程》的通知', '1991年8月29日,某委', '现将《某某规程》发给你们，请遵照执行。', '第一章 总 则', '第一条 为加强管理，制定本规程。', '第二条 本规程适用于各校。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([['某委关于印发《某某规程》的通知', '某委', '1991-08-29', ['某某规程']]]);
    expect(docs[0].issuedTexts[0].body.length).toBeGreaterThan(0);
  });
});

describe('an untitled statute after an unsigned issuing notice', () => {
  const issued = (text: string) => parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents).map((d) => d.issuedTexts.map((t) => t.title));
  it('must not take the chapters of a notice that issues nothing', () => {
    expect(issued(['某市人民政府关于某事的通知', '各区人民政府：', '现就有关事项通知如下。', '第一章 总 则', '第一条 各区要加强管理。'].join('\n\n'))).toEqual([[]]);
  });
  it('must not start the text where the sentence above runs on', () => {
    expect(issued(['某市人民政府关于印发《某某办法》的通知', '各区人民政府：', '现将《某某办法》印发给你们，请按照', '第一条 的规定执行。'].join('\n\n'))).toEqual([[]]);
  });
});

describe('a document printed without its title', () => {
  it('is known by its number, with a warning, and issues the text its opening names', () => {
    const text = ['某政发〔2023〕8号', '各市人民政府，省政府各部门：', '《某某省人民政府工作规则》已经省政府会议审议通过，现印发给你们，请遵照执行。', '某某省人民政府', '2023年1月19日', '某某省人民政府工作规则', '第一章 总则', '第一条 为了规范某某工作，制定本规则。', '第二条 本规则适用于某某。'].join('\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    const docs = r.issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([['某政发〔2023〕8号', '某政发〔2023〕8号', '某某省人民政府', '2023-01-19', ['某某省人民政府工作规则']]]);
    expect(r.warnings.map((w) => w.code)).toContain('untitled-document');
  });
});
