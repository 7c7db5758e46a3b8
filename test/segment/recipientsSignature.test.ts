import { describe, expect, it } from 'vitest';
import { isRecipientsLine, parseRecipients } from '../../src/segment/recipients.js';
import { findSignature } from '../../src/segment/signature.js';
import { linesOf } from '../helpers/lines.js';

describe('recipients', () => {
  it.each([
    ['北石店镇人民政府、各街道办事处，区直各有关单位：', true],
    ['各县(市、区)人民政府、开发区管委会,市直各有关单位:', true],
    ['局属各单位、局机关各科室：', true],
    ['现就有关事项通知如下：', false],
    ['经研究，市政府决定：', false],
    ['市人民政府研究同意：', false],
    ['（一）工作目标：', false],
    // a national 意见's addressees: every province, the ministries and sixteen central enterprises (~230 characters)
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构，' + '某某电网有限公司、某某电力集团有限公司、某某能源投资集团有限责任公司、'.repeat(5) + '某某广核集团有限公司：', true],
    // must not fire: an announcing clause however long
    ['为' + '加强某某管理、'.repeat(30) + '现就有关事项通知如下：', false],
  ])('%s → %s', (t, v) => expect(isRecipientsLine(t)).toBe(v));

  it('splits addressees from a body sentence on the same line', () => {
    const lines = linesOf('各区人民政府，市直各单位：为做好普查工作，现将有关事项通知如下。');
    expect(parseRecipients(lines, 0, lines.length)).toEqual({ value: '各区人民政府，市直各单位', end: 0, rest: '为做好普查工作，现将有关事项通知如下。' });
  });
  it('a body sentence with a colon is not an addressee list', () => {
    const lines = linesOf('现就有关事项通知如下：一是加强领导。');
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
  });
  it('joins a wrapped addressee list and drops the colon and layout spaces', () => {
    const lines = linesOf('各县(市、区)人民政府,开发区管委会,\n市人民政府各委、办、局:\n为做好工作，通知如下。');
    expect(parseRecipients(lines, 0, lines.length)).toEqual({ value: '各县(市、区)人民政府,开发区管委会,市人民政府各委、办、局', end: 1 });
  });
});

describe('findSignature', () => {
  it.each([
    // two organs of a joint signature on one line (separated by a space), the third below
    [['特此通知。', '某某监管办公室 某某省发展和改革委员会', '某某省能源局', '2024年6月17日'], ['某某监管办公室', '某某省发展和改革委员会', '某某省能源局']],
    // must not split: an organ name spaced out to fill the line is one organ
    [['特此通知。', '某某发展改革委', '国 家 能 源 局', '2022年1月18日'], ['某某发展改革委', '国家能源局']],
  ])('organs of %j', (texts, organs) => {
    const lines = linesOf(texts.join('\n'));
    expect(findSignature(lines, 0, lines.length)?.organs).toEqual(organs);
  });

  it('finds issuer, date and publicity note', () => {
    const lines = linesOf('请认真贯彻落实。\n\n某区人民政府\n\n2023年7月20日\n\n(此件公开发布)\n\n某区人民政府工作规则');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, last: 3, organs: ['某区人民政府'], date: '2023-07-20', publicity: '此件公开发布' });
  });
  it('stacks joint signatures', () => {
    const lines = linesOf('特此通知。\n\n某市行政审批服务管理局\n\n某市公安局\n\n国家税务总局某市税务局\n\n2021年6月30日');
    expect(findSignature(lines, 0, lines.length)?.organs).toEqual(['某市行政审批服务管理局', '某市公安局', '国家税务总局某市税务局']);
  });
  it('ignores a date inside running text', () => {
    const lines = linesOf('普查标准时点为2023年12月31日，普查时期资料为2023年年度资料。');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
});

describe('findSignature with a person signature', () => {
  it('省长 + name before the date is part of the block but not an organ', () => {
    const lines = linesOf('现予公布，自2023年3月1日起施行。\n\n省长 张三\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, organs: [], signer: '省长 张三', date: '2023-01-20' });
  });
  it.each([
    ['市长　王某某', '市长 王某某'],
    ['主任：李某', '主任 李某'],
    ['代省长 赵某某', '代省长 赵某某'],
  ])('keeps the signer %s', (line, signer) => {
    const lines = linesOf(`现予公布。\n\n${line}\n\n2023年1月20日`);
    expect(findSignature(lines, 0, lines.length)?.signer).toBe(signer);
  });
  it('an organ signature has no signer', () => {
    const lines = linesOf('请遵照执行。\n\n某市人民政府\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)?.signer).toBeNull();
  });
  it('a person named in running text is not a signer', () => {
    const lines = linesOf('会议由市长王某某主持，研究了有关事项。\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)?.signer ?? null).toBeNull();
  });
});

describe('findSignature on one line', () => {
  it('issuer and date on the same line', () => {
    const lines = linesOf('请认真贯彻执行。\n\n某市人民政府办公室 2023年7月12日\n\n（此件公开发布）');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 1, last: 2, organs: ['某市人民政府办公室'], date: '2023-07-12', publicity: '此件公开发布' });
  });
  it('a sentence ending in a date is not a signature', () => {
    const lines = linesOf('本办法自印发之日起施行，有效期至 2025年12月31日');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
});
