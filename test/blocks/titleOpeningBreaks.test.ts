import { describe, expect, it } from 'vitest';
import { titleOpeningBreaks } from '../../src/blocks/titleOpeningBreaks.js';
import { cutLongLines } from '../../src/blocks/cutLongLines.js';
import { linesOf } from '../helpers/lines.js';

describe('titleOpeningBreaks', () => {
  it.each([
    ['a title, its serial in brackets, the body', '某县人民政府森林防火禁火令 (2025年第2号) 我县未来几天', ['某县人民政府森林防火禁火令 '.length, '某县人民政府森林防火禁火令 (2025年第2号) '.length]],
    ['a title and the body', '某市公安局关于某路段交通管制的通告 为保障活动顺利进行', ['某市公安局关于某路段交通管制的通告 '.length]],
    ['a title glued to its first sentence', '某某县2025年度拟开展表彰项目初审情况的公示根据《某某条例》规定,经审核', ['某某县2025年度拟开展表彰项目初审情况的公示'.length]],
    ['a notice glued to 为了', '某市人民政府关于加强某事管理的通知为了加强某事管理,现通知如下', ['某市人民政府关于加强某事管理的通知'.length]],
  ])('%s', (_name, text, want) => expect(titleOpeningBreaks(text)).toEqual(want));
  it.each([
    ['a sentence before the first space', '为有效预防森林火灾，特发布如下禁火令 一、某某'],
    ['a title of no formal kind', '某县森林防火工作方案 为做好某某工作'],
    ['no space after the opening', '某县人民政府森林防火禁火令'],
    ['a sentence opening with 根据', '根据《某某条例》规定,现将某某公示如下'],
    ['a clause before the opening word', '经研究,市政府印发的实施意见按照分类指导原则执行'],
    ['a short subject before the opening word', '本通知根据某某规定制定'],
  ])('must not: %s', (_name, text) => expect(titleOpeningBreaks(text)).toEqual([]));
});

describe('a public notice flattened onto one line, its title glued to the body, a download link before the signature', () => {
  it('is cut into title, body, the link, organ and date', () => {
    const text = '某某县2025年度拟开展表彰项目初审情况的公示根据《某某表彰条例》规定,经某某县表彰工作领导小组办公室初审,拟原则同意开展表彰项目共18项,具体见附件,现对拟开展表彰活动项目进行公示(5个工作日),如有不同意见,请于2025年4月21日前以电话、传真等方式实名反映,联系电话:0851-1234567(兼传真)附件:某某县2025年度拟开展表彰项目.doc某某县表彰工作领导小组办公室2025年4月14日';
    const { lines } = cutLongLines(linesOf(text));
    expect(lines.map((l) => l.text)).toEqual([
      '某某县2025年度拟开展表彰项目初审情况的公示',
      '根据《某某表彰条例》规定,经某某县表彰工作领导小组办公室初审,拟原则同意开展表彰项目共18项,具体见附件,现对拟开展表彰活动项目进行公示(5个工作日),如有不同意见,请于2025年4月21日前以电话、传真等方式实名反映,联系电话:0851-1234567(兼传真)',
      '附件:某某县2025年度拟开展表彰项目.doc', '某某县表彰工作领导小组办公室', '2025年4月14日',
    ]);
  });
});

describe('a document run together on one line that opens with its title', () => {
  it('is cut into title, serial, sentences, organ and date', () => {
    const text = '某县人民政府森林防火禁火令 (2025年第2号) 我县未来几天将持续晴好天气，森林火险等级较高，森林防灭火形势十分严峻，为有效预防森林火灾的发生，根据《某某省森林防火条例》第十八条、《某某省森林防火实施办法》第十二条规定。县政府决定：从2025年1月9日至1月11日在全县范围内严禁一切野外用火（包括烧荒、烧杂、烧田埂草、造林炼山等）。违令者，按照有关法律法规规定追究相关人员的法律责任。 某县人民政府 2025年1月8日';
    const { lines } = cutLongLines(linesOf(text));
    expect(lines.map((l) => l.text)).toEqual([
      '某县人民政府森林防火禁火令', '(2025年第2号)', '我县未来几天将持续晴好天气，森林火险等级较高，森林防灭火形势十分严峻，为有效预防森林火灾的发生，根据《某某省森林防火条例》第十八条、《某某省森林防火实施办法》第十二条规定。',
      '县政府决定：从2025年1月9日至1月11日在全县范围内严禁一切野外用火（包括烧荒、烧杂、烧田埂草、造林炼山等）。', '违令者，按照有关法律法规规定追究相关人员的法律责任。', '某县人民政府', '2025年1月8日',
    ]);
  });
  it('must not cut a sentence of body text that names a date', () => {
    const lines = linesOf('为有效预防森林火灾，县政府决定从2025年1月9日至1月11日在全县范围内严禁一切野外用火，违令者依法追究责任，特此通告。各乡镇要加强巡查，发现火情及时报告，确保森林资源安全，切实维护人民群众生命财产安全，请各单位认真贯彻执行，抓好落实，务求实效，不得有误，特此通知，请遵照执行。');
    expect(cutLongLines(lines).lines).toBe(lines);
  });
});
