import { describe, expect, it } from 'vitest';
import { issuedNames, issuesInOpening, issuesSeveral, nameForms, namesTitle, promulgatesInOpening, promulgatesNamedTexts } from '../../../src/segment/parts/issuedNames.js';

describe('issuedNames', () => {
  it.each([
    ['某市人民政府关于印发《某市甲办法》《某市乙规定》的通知', ['某市甲办法', '某市乙规定']],
    ['某市人民政府关于印发某市某事实施方案的通知', ['某市某事实施方案']],
    // a site's note of a revision after the title's kind
    ['某市人民政府关于印发《某市人民政府工作规则》的通知(2019修订)', ['某市人民政府工作规则']],
    ['某市人民政府关于印发某市某事实施方案的通知（2020年修订）', ['某市某事实施方案']],
    ['某市人民政府办公室关于征求《某市某事办法(征求意见稿)》修改意见的函', ['某市某事办法(征求意见稿)']],
    ['关于《某市某事条例(草案)》公开征求意见的公告', ['某市某事条例(草案)']],
    ['关于颁发《某某工程标准设计管理办法》(试行)的通知', ['某某工程标准设计管理办法(试行)']],
    // two texts named whole, without book brackets
    ['某市人民政府办公室关于转发某市甲公司管理办法和某市乙公司管理办法的通知', ['某市甲公司管理办法', '某市乙公司管理办法']],
    // one text whose name holds 和 (the pieces name no kind of text)
    ['某市人民政府关于印发某市工业和信息化发展规划的通知', ['某市工业和信息化发展规划']],
    // a title that had been printed in 《》 keeps its inner names in 〈〉
    ['某市人民政府办公厅关于印发〈某市某事工作要点〉的通知', ['某市某事工作要点']],
    ['某市人民政府关于印发《关于〈某法〉的实施意见》的通知', ['关于〈某法〉的实施意见']],
  ])('%s', (title, names) => expect(issuedNames(title)).toEqual(names));
  it('must not fire: a notice that issues nothing', () => expect(issuedNames('某市人民政府关于做好某事工作的通知')).toEqual([]));
  it('must not fire: a 《name》 cited in a title that consults on nothing', () => expect(issuedNames('某市人民政府关于贯彻《某某条例》做好意见收集工作的通知')).toEqual([]));
});

describe('nameForms and namesTitle', () => {
  it.each([
    // a text forwarded with its makers: the matter alone is the title it is printed under
    ['市文化局市新闻出版局关于某市地方文献征集管理办法', ['市文化局市新闻出版局关于某市地方文献征集管理办法', '某市地方文献征集管理办法']],
    // must not: a name with no makers before 关于, or no kind of text after it
    ['关于加强某某工作的意见', ['关于加强某某工作的意见']],
    ['某市推进某某工作实施方案', ['某市推进某某工作实施方案']],
    ['市文化局关于某某', ['市文化局关于某某']],
  ])('%s', (name, forms) => expect(nameForms(name)).toEqual(forms));
  it('a printed title matches a named text in either form', () => {
    expect(namesTitle(['市文化局市新闻出版局关于某市地方文献征集管理办法'], '某市地方文献征集管理办法', 0.85)).toBe(true);
    expect(namesTitle(['市文化局市新闻出版局关于某市地方文献征集管理办法'], '某市图书馆管理规定', 0.75)).toBe(false);
  });
});

describe('issuesSeveral', () => {
  it.each([['某市人民政府办公室关于印发某市某事暂行办法(试行)等三个文件的通知'], ['某市人民政府关于印发某市甲办法等2个办法的通知'], ['某市人民政府关于印发某事方案等文件的通知']])('%s', (t) => expect(issuesSeveral(t)).toBe(true));
  it.each([['某市人民政府关于印发某市某事实施方案的通知'], ['某市人民政府关于做好教育等三个领域工作的通知'], ['某市人民政府关于某事等问题的批复']])('must not fire: %s', (t) => expect(issuesSeveral(t)).toBe(false));
});

describe('promulgatesInOpening', () => {
  it.each([
    [['《某某省某事管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。']],
    [['现将《某市某事办法》予以发布，自发布之日起施行。']],
    [['现发布《某某条例》，自', '发布之日起施行。']],
    // a sentence hard-wrapped between the name and the verb (pdftotext, a wrapped page)
    [['《某某省某事管理规定》已经2010年12月14日省政府第76次', '常务会议通过，现予公布，自2011年2月1日起施行。']],
    // a name wrapped inside its book marks
    [['《某某省某事', '管理规定》已经省政府常务会议通过，现予公布。']],
    // two sentences on one line
    [['《某市某事办法》已经市政府常务会议通过。现予公布，自2024年1月1日起施行。']],
  ])('%j', (texts) => expect(promulgatesInOpening(texts)).toBe(true));
  it.each([
    // must not fire: a citation with no promulgation, a promulgation that names nothing, an issuing sentence of a notice
    [['根据《某某条例》，现就有关事项通知如下：']],
    [['本办法自公布之日起施行，现予公布。']],
    [['现将《某市某事方案》印发给你们，请认真贯彻执行。']],
    // a name in one paragraph, a promulgation of nothing named in another
    [['根据《某某条例》，结合本市实际，制定本规定。', '本规定的名单现予公布。']],
  ])('must not fire: %j', (texts) => expect(promulgatesInOpening(texts)).toBe(false));
});

describe('promulgatesNamedTexts', () => {
  it.each([
    ['某某省人民政府令', ['《某某省某事办法》已经省政府常务会议通过，现予公布。']],
    ['某某省某事管理规定', ['《某某省某事管理规定》已经省政府常务会议通过，现予公布。']], // an order number under the statute's name
    ['某某省人民政府令', []], // an order, whatever its opening
    ['中华人民共和国主席令', []],
    ['某府令', []], // the order's code as its title
  ])('%s', (title, opening) => expect(promulgatesNamedTexts(title, opening)).toBe(true));
  it.each([
    ['某市人民政府关于某事的通知', ['根据《某某条例》，现就有关事项通知如下：']], // a notice whose opening cites a text
    // a command named by its matter: the text its opening names is its ground
    ['某县人民政府森林防火禁火令', ['根据《中华人民共和国森林法》等法律法规的规定，特发布如下禁火令：']],
    ['森林高火险期禁火令', ['根据《某某省森林防火条例》，县人民政府决定发布森林高火险期禁火令。']],
  ])('must not fire: %s', (title, opening) => expect(promulgatesNamedTexts(title, opening)).toBe(false));
});

describe('issuesInOpening', () => {
  it.each([
    ['《某某省人民政府工作规则》已经省政府会议审议通过，现印发给你们，请遵照执行。'],
    ['现将《某某办法》转发给你们，请认真贯彻执行。'],
  ])('%s', (t) => expect(issuesInOpening([t])).toBe(true));
  it('reads a sentence wrapped between the name and the verb', () => expect(issuesInOpening(['现将《某某办法》转发', '给你们，请认真贯彻执行。'])).toBe(true));
  it.each([
    ['根据《某某条例》，现就有关事项通知如下：'], // a cited text
    ['现将有关事项通知如下：'], // no text named
  ])('must not: %s', (t) => expect(issuesInOpening([t])).toBe(false));
});
