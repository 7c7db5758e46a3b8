import { describe, expect, it } from 'vitest';
import { parseRecipients } from '../../../src/segment/header/recipients.js';
import { isRecipientsLine } from '../../../src/text/recipientsLine.js';
import { linesOf } from '../../helpers/lines.js';

describe('recipients', () => {
  it.each([
    ['北石店镇人民政府、各街道办事处，区直各有关单位：', true],
    ['各县(市、区)人民政府、开发区管委会,市直各有关单位:', true],
    ['局属各单位、局机关各科室：', true],
    ['现就有关事项通知如下：', false],
    ['经研究，市政府决定：', false],
    ['市人民政府研究同意：', false],
    ['（一）工作目标：', false],
    // a clause that acts on what it lists below (a decision amending laws)
    ['某某省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:', false],
    ['市政府常务会议审议通过，现公布以下单位：', false],
    // the words of such a clause inside a name do not stop a list
    ['市人民政府各委、办、局，各下属单位：', true],
    // a national 意见's addressees: every province, the ministries and sixteen central enterprises (~230 characters)
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构，' + '某某电网有限公司、某某电力集团有限公司、某某能源投资集团有限责任公司、'.repeat(5) + '某某广核集团有限公司：', true],
    // must not fire: an announcing clause however long
    ['为' + '加强某某管理、'.repeat(30) + '现就有关事项通知如下：', false],
    // a page's line naming its site, its address and a field label: no addressees
    ['某某区人民政府门户网站  www.example.gov.cn    发布时间:', false],
    ['某市人民政府网站 发布日期：', false],
    ['来源：某市人民政府办公室 作者：', false],
    // must still fire: an addressee list with 办公室 or 中心 in its names
    ['各区人民政府办公室，市政府各部门，市政务服务中心：', true],
  ])('%s → %s', (t, v) => expect(isRecipientsLine(t)).toBe(v));

  it('splits addressees from a body sentence on the same line', () => {
    const lines = linesOf('各区人民政府，市直各单位：为做好普查工作，现将有关事项通知如下。');
    expect(parseRecipients(lines, 0, lines.length)).toEqual({ value: '各区人民政府，市直各单位', end: 0, rest: '为做好普查工作，现将有关事项通知如下。' });
  });
  it('a page\'s site line with its publishing time after a colon is no addressee list with a body after it', () => {
    const lines = linesOf('某某区人民政府门户网站  www.example.gov.cn     发布时间:2021-01-28\n2020年，全区各单位积极开展创建活动。');
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
  });
  it('a body sentence with a colon is not an addressee list', () => {
    const lines = linesOf('现就有关事项通知如下：一是加强领导。');
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
  });
  it('joins a wrapped addressee list and drops the colon and layout spaces', () => {
    const lines = linesOf('各县(市、区)人民政府,开发区管委会,\n市人民政府各委、办、局:\n为做好工作，通知如下。');
    expect(parseRecipients(lines, 0, lines.length)).toEqual({ value: '各县(市、区)人民政府,开发区管委会,市人民政府各委、办、局', end: 1 });
  });
  it('joins a long first line of names wrapped before the colon (a national notice to the banks)', () => {
    const first = '中国某某银行、中国某某农业银行、中国某银行、中国某某建设银行、国家某某开发银行、中国某某发展银行、中国某某进出口银行、某某银行、某某实业银行、中国某某光大银行、某某华夏银行、上海某某';
    const lines = linesOf(`${first}\n发展银行、某某储汇局,中国某某银行各省、自治区、直辖市分行:\n为了维护存款人的合法权益，现就有关问题通知如下。`);
    expect(parseRecipients(lines, 0, lines.length)).toEqual({ value: `${first}发展银行、某某储汇局,中国某某银行各省、自治区、直辖市分行`, end: 1 });
  });
  it('must not join a long line of prose onto a colon line below it', () => {
    const prose = '为了维护存款人的合法权益与资金安全，防范和打击经济犯罪活动，促进银行转帐结算业务发展，根据有关法律法规的规定和国务院的批准精神，结合当前本地区的实际工作情况和各方面的意见和建议';
    const lines = linesOf(`${prose}\n各有关单位:`);
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
  });
  it.each([
    ['某政函〔2024〕12号\n某市人民政府：', 'a number line'],
    ['2024年3月5日\n某市人民政府：', 'a date line'],
    ['发布人：张三     联络点：某镇     时间：7月8号\n某市人民政府：', "a page's field line"],
    ['来源：某市司法局\n某市人民政府：', 'one field'],
    ['【\n某市人民政府：', "a button's bracket left alone"],
  ])('a header line of its own is not the start of a wrapped list: %s (%s)', (text) => {
    const lines = linesOf(text);
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
    expect(parseRecipients(lines, 1, lines.length)?.value).toBe('某市人民政府');
  });
});
