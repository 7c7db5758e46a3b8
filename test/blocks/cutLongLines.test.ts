import { describe, expect, it } from 'vitest';
import { cutLongLines, cutText, headerBreaks, isRunTogetherDocument, isSpacedDocument, MAX_LINE_CHARS, MAX_PIECE } from '../../src/blocks/cutLongLines.js';
import { parseGazette } from '../../src/parse.js';
import { plainLines } from '../../src/blocks/plainLines.js';

const pieces = (text: string) => cutText(text).map((p) => p.text);

describe('cutText', () => {
  it.each([
    ['after each sentence end', '第一条 为了规范管理。第二条 本办法适用于本市。', ['第一条 为了规范管理。', '第二条 本办法适用于本市。']],
    ['a closing quote stays with its sentence', '称“某某工程。”其后。', ['称“某某工程。”', '其后。']],
    ['a 发文字号 standing alone is a line', '某市人民政府关于某事的通知某政发〔2023〕1号各区人民政府：现将有关事项通知如下。', ['某市人民政府关于某事的通知', '某政发〔2023〕1号', '各区人民政府：现将有关事项通知如下。']],
    ['a signature, its date and the publicity note', '特此通知。某市人民政府2023年1月5日（此件公开发布）某市某事办法', ['特此通知。', '某市人民政府', '2023年1月5日', '（此件公开发布）', '某市某事办法']],
    ['a spaced-out 文种 before the number', '关于印发某市应急预案的 通 知某政办〔2023〕4号', ['关于印发某市应急预案的 通 知', '某政办〔2023〕4号']],
    ['a title ending in 的函 before its number', '某市人民政府办公室关于征求意见的函某政办函〔2023〕3号', ['某市人民政府办公室关于征求意见的函', '某政办函〔2023〕3号']],
  ])('%s', (_name, text, expected) => expect(pieces(text)).toEqual(expected));

  it('a text without sentence ends is cut at the longest piece', () => {
    const p = pieces('某'.repeat(MAX_PIECE * 2 + 10));
    expect(p.map((x) => x.length)).toEqual([MAX_PIECE, MAX_PIECE, 10]);
  });
  it('the pieces are the text, in order, nothing lost', () => {
    const text = '按照《某市办法》（某政发〔2022〕5号）执行。某市人民政府2023年1月5日某政发〔2023〕1号'.repeat(20);
    const p = cutText(text);
    expect(p.map((x) => x.text).join('')).toBe(text);
    p.forEach((x) => expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text));
  });
});

describe('headerBreaks must not fire', () => {
  it.each([
    ['a number cited in brackets', '按照《某市办法》（某政发〔2022〕5号）执行。'],
    ['numbers in a list', '某政发〔2022〕5号、某政发〔2022〕6号'],
    ['a date inside a clause', '本办法自2023年1月1日起施行。'],
    ['a date after text that is not an organ', '。工作将持续到2023年12月31日'],
  ])('%s', (_name, text) => {
    const breaks = headerBreaks(text);
    if (text.includes('、')) expect(breaks).not.toContain(text.indexOf('、') + 1);
    else expect(breaks).toEqual([]);
  });
});

describe('cutLongLines', () => {
  it('leaves lines of a real document alone', () => {
    const lines = plainLines(['某市人民政府关于某事的通知', '第一条 为了规范管理。']);
    expect(cutLongLines(lines)).toEqual({ lines, cut: [] });
  });
  it('a line over the limit becomes pieces with the line number, their columns and no table flag', () => {
    const sentence = '第一条\t为了规范管理，制定本办法。';
    const raw = '  ' + sentence.repeat(Math.ceil(MAX_LINE_CHARS / sentence.length) + 1);
    const { lines, cut } = cutLongLines(plainLines(['标题', raw]));
    expect(cut).toEqual([{ line: 2, length: raw.trim().length, pieces: Math.ceil(MAX_LINE_CHARS / sentence.length) + 1, runTogether: false }]);
    const pieces = lines.slice(1);
    expect(pieces.every((p) => p.line === 2 && !p.table && p.text === sentence)).toBe(true);
    expect(pieces.slice(0, 3).map((p) => p.column)).toEqual([3, 3 + sentence.length, 3 + 2 * sentence.length]);
  });
});

describe('a whole document run together on one line (a scraper that dropped every line end)', () => {
  const text = '某某总工会关于印发《某某处理办法》的通知某工发〔2023〕23号各省、自治区、直辖市总工会，各产业工会：《某某处理办法》已经某某总工会书记处会议审议通过，现印发给你们，请认真贯彻执行。某某总工会2023年12月28日某某处理办法第一章总则第一条为进一步规范和加强某某处理工作，根据有关规定，制定本办法。第二条某某处理，应当坚持以职工为本，最大限度将矛盾化解在基层。第三条县级以上总工会应当将某某处理工作纳入服务职工工作体系。';
  it('is cut at its header, signature, and the 章/条 of the text it issues, whatever its length', () => {
    expect(isRunTogetherDocument(text)).toBe(true);
    expect(pieces(text)).toEqual([
      '某某总工会关于印发《某某处理办法》的通知', '某工发〔2023〕23号', '各省、自治区、直辖市总工会，各产业工会：《某某处理办法》已经某某总工会书记处会议审议通过，现印发给你们，请认真贯彻执行。',
      '某某总工会', '2023年12月28日', '某某处理办法', '第一章总则', '第一条为进一步规范和加强某某处理工作，根据有关规定，制定本办法。', '第二条某某处理，应当坚持以职工为本，最大限度将矛盾化解在基层。', '第三条县级以上总工会应当将某某处理工作纳入服务职工工作体系。',
    ]);
  });
  it('is parsed as the document it is', () => {
    const d = parseGazette({ text, path: 'x.txt' }).issues[0].documents[0];
    expect([d.title, d.docNumber, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)]).toEqual(['某某总工会关于印发《某某处理办法》的通知', '某工发〔2023〕23号', '某某总工会', '2023-12-28', ['某某处理办法']]);
  });
  it.each([
    ['a paragraph citing a number and dated in a clause', '根据《某市人民政府关于某事的通知》（某政发〔2023〕1号）要求，各单位应于2023年12月28日前报送材料。'.repeat(4)],
    ['a paragraph with a signature but no number alone', '现将有关事项通知如下，请认真贯彻执行。某市人民政府2023年12月28日'.repeat(4)],
    ['a short line', '某工发〔2023〕23号各单位：请执行。某某总工会2023年12月28日'],
  ])('must not take %s for a run-together document', (_name, t) => expect(isRunTogetherDocument(t)).toBe(false));
  it('a cited article out of sequence is no heading', () => {
    expect(pieces('第一条为规范管理，制定本办法。依照本办法第五条处理。第二条本办法适用于本市。').filter((p) => p.startsWith('第'))).toEqual(['第一条为规范管理，制定本办法。', '第二条本办法适用于本市。']);
  });
});

describe('a run-together document without a number: its 主送, signature and the statute it issues on one line', () => {
  const text = '各县、区人民政府，市政府各工作部门：现将《某市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。某市人民政府2023年9月5日（此件公开发布）某市市级储备粮管理办法第一章  总    则第一条  为加强市级储备粮管理，依据有关规定，结合本市实际，制定本办法。第二条  本办法所称市级储备粮，是指市人民政府储备的原粮、成品粮和食用植物油。第三条  本市行政区域内市级储备粮的计划、储存、轮换、动用和监督管理等活动，适用本办法。';
  it('is cut at its signature and the 章/条 of its statute', () => {
    expect(isRunTogetherDocument(text)).toBe(true);
    expect(pieces(text).slice(0, 6)).toEqual(['各县、区人民政府，市政府各工作部门：现将《某市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。', '某市人民政府', '2023年9月5日', '（此件公开发布）', '某市市级储备粮管理办法', '第一章  总    则']);
  });
  it('must not take a paragraph that names an organ and a date after a full stop, with no statute and no number alone', () => {
    expect(isRunTogetherDocument('各单位要按照要求认真做好有关工作，确保各项任务落到实处。某市人民政府2023年9月5日印发的《某某方案》明确了工作目标，各单位要对照第三条和第五条的要求抓好落实，按时报送工作进展情况。'.repeat(2))).toBe(false);
  });
});

describe('a page saved on one line that opens with its title and a space, no signature printed', () => {
  const text = '某县人民政府关于做好某事工作的通知 各乡镇人民政府，县直各单位： 为做好某事工作，确保各项任务落到实处，现将有关事项通知如下。 一、提高认识，加强领导，各单位要把某事工作摆上重要位置。 二、明确责任，狠抓落实，各单位要细化措施，落实到人。 三、加强督查，务求实效，县政府将适时组织督查，通报结果。 四、加强宣传，营造氛围，各单位要利用各种媒体广泛宣传某事工作的重要意义，动员全社会共同参与。 五、及时报送，各单位要于每月底前将工作进展情况报县政府办公室。';
  it('is cut at its title and its sentences', () => {
    expect(isRunTogetherDocument(text)).toBe(true);
    expect(pieces(text)[0].trim()).toBe('某县人民政府关于做好某事工作的通知');
  });
  it.each([
    ['no sentence after the opening', '某县人民政府关于做好某事工作的通知 ' + '各乡镇人民政府县直各单位'.repeat(20)],
    ['a paragraph opening with no title', '今年以来，全县某事工作进展顺利 各单位认真落实各项措施，取得明显成效。'.repeat(4)],
  ])('must not take %s for one', (_name, t) => expect(isRunTogetherDocument(t)).toBe(false));
});

describe('a run-together notice that opens with its number and ends with 特此通告 glued to its signature, items joined by commas', () => {
  const text = '某龙政〔2023〕32号今年普通高考、中考在即,为防止和减少噪声污染,根据有关规定,现对各类环境噪声源进行严格控制:一、2023年6月6日至6月9日,考点周边严禁进行产生超标噪声的建筑施工作业,二、2023年6月7日6:00至6月9日18:15,禁止在考点周边从事一切产生超标噪声的活动,三、为了严格控制机动车辆的噪声污染,将对考点周边道路进行交通管制,举报电话:1234567特此通告某市某区人民政府2023年5月22日';
  it('is cut at its items and at its signature\'s organ and date', () => {
    expect(isRunTogetherDocument(text)).toBe(true);
    const p = pieces(text);
    expect(p.filter((x) => /^[一二三]、/.test(x)).map((x) => x.slice(0, 2))).toEqual(['一、', '二、', '三、']);
    expect(p.slice(-2)).toEqual(['某市某区人民政府', '2023年5月22日']);
    expect(p[p.length - 3].endsWith('特此通告')).toBe(true);
  });
});

describe('a run-together notice with neither number nor statute: its 主送 opens the line, items run on after a colon', () => {
  const text = '各处室（局）、派出机构、直属单位：经研究，现将某某委领导工作分工通知如下：一、张某党组书记、主任：主持委全面工作。二、李某副主任：协助分管办公室、人事、财务工作。分管办公室、人事处。三、王某副主任：协助分管规划、投资、对口支援和经济技术协作工作。分管规划处、投资处、经济技术协作处（对口支援办公室）。四、赵某副巡视员：协助分管综合、支前工作。分管综合处、支前工作处。某某省某某委员会2017年7月21日（此件主动公开）';
  it('is cut at its items and its signature', () => {
    expect(isRunTogetherDocument(text)).toBe(true);
    const p = pieces(text);
    expect(p[0]).toBe('各处室（局）、派出机构、直属单位：经研究，现将某某委领导工作分工通知如下：');
    expect(p.filter((x) => /^[一二三四]、/.test(x))).toEqual(['一、张某党组书记、主任：主持委全面工作。', '二、李某副主任：协助分管办公室、人事、财务工作。', '三、王某副主任：协助分管规划、投资、对口支援和经济技术协作工作。', '四、赵某副巡视员：协助分管综合、支前工作。']);
    expect(p.slice(-3)).toEqual(['某某省某某委员会', '2017年7月21日', '（此件主动公开）']);
  });
  it('is parsed as the notice it is', () => {
    const d = parseGazette({ text: '关于某某委领导工作分工的通知\n' + text, path: 'x.txt' }).issues[0].documents[0];
    expect([d.recipients, d.issuer, d.signDate, d.publicity]).toEqual(['各处室（局）、派出机构、直属单位', '某某省某某委员会', '2017-07-21', '此件主动公开']);
    expect(d.body.filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、', '三、', '四、']);
  });
  it.each([
    // must not: a clause before the colon that is no addressee list, however the line ends
    ['an announcing clause', '现将有关事项通知如下：各单位要按照要求认真做好有关工作，确保各项任务落到实处，按时报送工作进展情况。'.repeat(3) + '某市人民政府2023年9月5日'],
    // must not: addressees, but no signature's date after a sentence end
    ['no signature', '各区人民政府：各单位要按照要求认真做好有关工作，确保各项任务落到实处，按时报送工作进展情况，于2023年9月5日前报送。'.repeat(3)],
  ])('must not take %s for a run-together document', (_name, t) => expect(isRunTogetherDocument(t)).toBe(false));
});

describe('a document whose line ends were turned to spaces (a page saved as one line)', () => {
  const text = '当前位置: 首页 >政务公开 >本局文件 某市某某局关于印发 2023年全市某某工作要点的通知 某某发〔2023〕1号 某市某某局关于印发 2023年全市某某工作要点的通知 各区县某某局,局属各单位: 现将《2023年全市某某工作要点》下发给你们,请认真贯彻执行。 某市某某局 2023年4月26日 2023年全市某某工作要点 2023年全市某某工作的总体要求是:以高质量发展为主题,扎实推进各项工作。 一、 全面深化一个主题 时 效 性:有效';
  it('is cut where its lines ended: at every run of spaces, but inside a spaced-out word', () => {
    expect(isSpacedDocument(text)).toBe(true);
    const { lines } = cutLongLines(plainLines([text]));
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('某某发〔2023〕1号');
    expect(texts).toContain('各区县某某局,局属各单位:');
    expect(texts).toContain('某市某某局');
    expect(texts).toContain('2023年4月26日');
    expect(texts).toContain('时 效 性:有效');
  });
  it.each([
    // must not: running text with spaces after two full stops, and no header line among its pieces
    ['a paragraph typed with spaces after its full stops', '各单位要按照要求认真做好有关工作。 确保各项任务落到实处，按时报送进展情况。 对工作不力的单位予以通报，并责令限期整改，'.repeat(4)],
    // must not: a short line
    ['a short line', '某某发〔2023〕1号 现将有关事项通知如下。 请遵照执行。 某某局'],
  ])('must not fire: %s', (_name, t) => expect(isSpacedDocument(t)).toBe(false));
});

describe('two notices run together on one line, the year lost from their numbers and dates', () => {
  it('is cut at each number, and at the signature whose date lost its year', () => {
    const one = '关于进一步加强某事防控措施的紧急通告某防领〔〕10号为全力做好某事防控工作,现紧急通告如下:一、自年2月5日12时起,对外交通一律暂时关闭。二、全市所有企业一律停工,非群众生活必需的商业、商场一律停业,学校一律不得开课。三、市民从即日起自行居家两周。恳请广大市民理解支持!某市某事防控工作领导小组年2月5日';
    const two = '关于进一步加强某事防控措施的紧急通告某县防领〔〕11号为全力做好全县某事防控工作,现紧急通告如下:一、自年2月5日下午3时起,对外交通一律暂时关闭。';
    const { lines } = cutLongLines(plainLines([one + two]));
    const texts = lines.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['关于进一步加强某事防控措施的紧急通告', '某防领〔〕10号', '恳请广大市民理解支持!', '某市某事防控工作领导小组', '年2月5日', '某县防领〔〕11号']));
  });
});
