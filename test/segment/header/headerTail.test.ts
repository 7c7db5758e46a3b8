import { describe, expect, it } from 'vitest';
import { parseHeaderTail } from '../../../src/segment/header/headerTail.js';
import { linesOf } from '../../helpers/lines.js';

// Each text is what a header prints below its title block; expected values read off the text.
describe('parseHeaderTail', () => {
  it.each([
    {
      shape: '批复 of a law database: dated notes, the number under them, then the 主送',
      text: '2013年9月9日某某法院审判委员会第1590次会议通过\n2013年9月12日某某法院公告公布\n自2013年9月12日起施行\n法释〔2013〕23号\n某某省高级人民法院：\n你院《关于某事的请示》收悉。',
      headerNumber: null,
      want: { noteLines: [0, 2], number: '法释〔2013〕23号', date: null, recipients: '某某省高级人民法院', bodyStart: 5 },
    },
    {
      shape: 'a statute: the bracketed 题注 alone, then its first chapter',
      text: '（2020年6月1日某市人民代表大会常务委员会第二十次会议通过）\n第一章　总则',
      headerNumber: null,
      want: { noteLines: [0, 0], number: null, date: null, recipients: null, bodyStart: 1 },
    },
    {
      shape: 'a 批复 dated under its number: the date above the 主送 belongs to the header',
      text: '2024年3月5日\n某市人民政府：\n你市《关于某事的请示》收悉。',
      headerNumber: '某政发〔2024〕1号',
      want: { noteLines: null, number: null, date: '2024-03-05', recipients: '某市人民政府', bodyStart: 2 },
    },
    {
      shape: 'a 通知 adopted by a committee: the dated note, then the 主送 (which must not take the note in)',
      text: '1997年9月24日 某某检察院第八届检察委员会第七十四次会议通过\n地方各级人民检察院、各级军事检察院：\n根据某法的规定，通知如下：',
      headerNumber: null,
      want: { noteLines: [0, 0], number: null, date: null, recipients: '地方各级人民检察院、各级军事检察院', bodyStart: 2 },
    },
    {
      shape: 'the organ and the date of a heading row cut up, each on a line, above the 主送',
      text: '某某人民政府\n1997年6月10日\n某某省人民政府：\n你省《关于某事的请示》收悉。',
      headerNumber: '某函〔1997〕46号',
      want: { noteLines: null, number: null, date: '1997-06-10', recipients: '某某省人民政府', bodyStart: 3 },
    },
    {
      shape: 'an online library\'s link to the series\' next year and its note mark above the 主送',
      text: '2012年\n[1]\n各市人民政府，省政府各部门：\n现将有关事项通知如下：',
      headerNumber: '某政办明电〔2010〕40号',
      want: { noteLines: null, number: null, date: null, recipients: '各市人民政府，省政府各部门', bodyStart: 3 },
    },
    {
      shape: 'a page\'s time stamp with its organ above the 主送',
      text: '2023-01-05 10:00 区人民政府办公室\n各街道办事处，区人民政府各部门：\n现将有关事项通知如下：',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: '各街道办事处，区人民政府各部门', bodyStart: 2 },
    },
    {
      shape: 'a line naming a web address above the 主送 (a spam line a site put in)',
      text: '某某注册开户网址 www.example.com\n各街办事处，区人民政府各部门：\n经区政府同意，现将有关事项通知如下。',
      headerNumber: '某政办〔2019〕1号',
      want: { noteLines: null, number: null, date: null, recipients: '各街办事处，区人民政府各部门', bodyStart: 2 },
    },
    {
      shape: 'a page button\'s bracket left alone (字号:【 wrapped), then fields without values, above the 主送',
      text: '【\n视力保护色:\n浏览量:\n各区人民政府,市直各单位:\n现将有关事项通知如下。',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: '各区人民政府,市直各单位', bodyStart: 4 },
    },
    {
      shape: 'a time stamp cut in two by a crawler\'s spans (its date in the 来源 line, its time alone) above the 主送',
      text: '来源:某市政府门户网 日期:2017-01-12\n17:08\n各区人民政府,市直各单位:\n现将有关事项通知如下。',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: '各区人民政府,市直各单位', bodyStart: 3 },
    },
    // must not fire
    {
      shape: 'a line of marks with body text below, no 主送',
      text: '【\n为做好某事，现通知如下。',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'a sentence naming an address, then a line ending in a colon',
      text: '详情请登录网站www.example.com查询，了解有关政策。\n各单位：',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'an organ line over a date with body text below, no 主送',
      text: '某某人民政府\n1997年6月10日\n为做好某事，现通知如下。',
      headerNumber: '某函〔1997〕46号',
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'a number line with no 题注 above it is body text',
      text: '某政发〔2024〕3号\n各区人民政府：',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'a second number under the 题注 when the header has its own',
      text: '（2020年6月1日某市人民政府第5次常务会议通过）\n某政发〔2024〕3号',
      headerNumber: '某政发〔2024〕1号',
      want: { noteLines: [0, 0], number: null, date: null, recipients: null, bodyStart: 1 },
    },
    {
      shape: 'a date line with no 主送 below it (it may open the body)',
      text: '2024年3月5日\n为做好某项工作，现通知如下。',
      headerNumber: '某政发〔2024〕1号',
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'the header\'s number printed again above the 主送 (a page shows it twice)',
      text: '某政发〔2024〕1号\n某市各区人民政府,市政府各委、办、局:\n现将有关事项通知如下。',
      headerNumber: '某政发〔2024〕1号',
      want: { noteLines: null, number: null, date: null, recipients: '某市各区人民政府,市政府各委、办、局', bodyStart: 2 },
    },
    {
      shape: 'must not skip another number: a cited number line stays body',
      text: '某政发〔2023〕9号\n某市各区人民政府：',
      headerNumber: '某政发〔2024〕1号',
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      shape: 'a number line whose 〕 and 号 were lost, above the 主送',
      text: '某政办发〔201746\n各乡镇人民政府,县级有关部门:\n现将有关事项通知如下。',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: '各乡镇人民政府,县级有关部门', bodyStart: 2 },
    },
    {
      shape: 'a number line whose 〔 and 号 were lost, above the 主送',
      text: '某政2024〕1\n各乡镇人民政府、县级有关部门:\n现将有关事项决定如下。',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: '各乡镇人民政府、县级有关部门', bodyStart: 2 },
    },
    {
      shape: 'the title printed again under the number (a page heading above the number), then the 主送',
      text: '关于印发《某市人民政府工作规则》的通知\n各镇人民政府,市人民政府各部门:\n现予印发。',
      headerNumber: '某市政发〔2016〕83号',
      want: { noteLines: null, number: null, date: null, recipients: '各镇人民政府,市人民政府各部门', bodyStart: 2 },
    },
    {
      shape: 'the title printed again over two lines',
      text: '关于印发《某市人民政府\n工作规则》的通知\n各镇人民政府:\n现予印发。',
      headerNumber: '某市政发〔2016〕83号',
      want: { noteLines: null, number: null, date: null, recipients: '各镇人民政府', bodyStart: 3 },
    },
    {
      shape: "a page's field between the number and the 主送 (来源：…)",
      text: '来源：某某总工会法律工作部\n各省、自治区、直辖市总工会，各产业工会：\n现印发给你们。',
      headerNumber: '某工发〔2023〕23号',
      want: { noteLines: null, number: null, date: null, recipients: '各省、自治区、直辖市总工会，各产业工会', bodyStart: 2 },
    },
    {
      // must not fire: a field line with no 主送 below it is left to the body (or the page's metadata)
      shape: 'a field line with body text below it',
      text: '来源：某某总工会法律工作部\n现将有关事项通知如下。',
      headerNumber: '某工发〔2023〕23号',
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
    {
      // must not fire: without a number the title block is right above, and a line like it below is body
      shape: 'no number: a line repeating the title is not skipped',
      text: '关于印发《某市人民政府工作规则》的通知\n各镇人民政府:',
      headerNumber: null,
      want: { noteLines: null, number: null, date: null, recipients: null, bodyStart: 0 },
    },
  ])('$shape', ({ text, headerNumber, want }) => {
    const lines = linesOf(text);
    const tail = parseHeaderTail(lines, 0, lines.length, headerNumber, '关于印发《某市人民政府工作规则》的通知');
    expect(tail.note ? [tail.note.first, tail.note.last] : null).toEqual(want.noteLines);
    expect(tail.number?.value.normalized ?? null).toBe(want.number);
    expect(tail.date?.value.iso ?? null).toBe(want.date);
    expect(tail.recipients?.value ?? null).toBe(want.recipients);
    expect(tail.bodyStart).toBe(want.bodyStart);
  });
});
