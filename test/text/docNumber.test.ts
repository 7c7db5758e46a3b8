import { describe, expect, it } from 'vitest';
import { findDocNumber, normalizeDocNumber, parseDocNumber, parseSplitOrderNumber, printedNumber, opensLikeDocNumber, startsWithDocNumber, isOrderCode, issuerOfOrderCode, leadingDocNumberEnd, parseBareSerial } from '../../src/text/docNumber.js';

describe('parseDocNumber', () => {
  it.each([
    ['城政发〔2023〕4号', '城政发〔2023〕4号'],
    ['城政发[2023]6号', '城政发〔2023〕6号'],
    ['晋市政办［2019］41号', '晋市政办〔2019〕41号'],
    ['国发〔2022〕 39 号', '国发〔2022〕39号'],
    ['（晋市审管发〔2021〕27号）', '晋市审管发〔2021〕27号'],
    ['公网安（2020）1960号', '公网安〔2020〕1960号'],
    ['某市人民政府令第5号', '某市人民政府令第5号'],
    ['国家税务总局公告2023年第1号', '国家税务总局公告2023年第1号'],
    // an order's serial in brackets on its heading line
    ['某某省人民政府令(第52号)', '某某省人民政府令第52号'],
    ['某某省人民政府令（第52号）', '某某省人民政府令第52号'],
    ['某政发〔2023〕4号    签发人：张三', '某政发〔2023〕4号'],
    // an order keeps the 第 it prints; a 发文字号 never has one (GB/T 9704)
    ['政府令〔2010〕第15号', '政府令〔2010〕第15号'],
    // an announcement numbered in Chinese numerals keeps them
    ['某市人民代表大会常务委员会公告第三十七号', '某市人民代表大会常务委员会公告第三十七号'],
    ['政府令〔2010〕15号', '政府令〔2010〕15号'],
    ['某政发〔2023〕第5号', '某政发〔2023〕5号'],
    // the year before the code, as numbers were written until the 1980s
    [' ((78)交公路字412号)', '〔78〕交公路字412号'],
    ['〔1985〕某发字第3号', '〔1985〕某发字3号'],
    ['(某市审管发〔2021〕27号', '某市审管发〔2021〕27号'], // a bracket left open
    ['×政发[2015]63号', '×政发〔2015〕63号'], // a template's masked code
    ['××市政办发〔2020〕1号', '××市政办发〔2020〕1号'],
  ])('%s → %s', (input, expected) => {
    expect(parseDocNumber(input)?.normalized).toBe(expected);
  });

  it.each([
    ['根据《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）'],
    ['（晋政办发〔2021〕'],
    ['42号）'],
    ['2023年7月12日'],
    ['第十二条'],
    ['某某省人民政府令(第52号)的有关规定'], // an order cited in a sentence
  ])('%s is not a stand-alone number', (input) => {
    expect(parseDocNumber(input)).toBeNull();
  });

  it('keeps code, year and serial', () => {
    expect(parseDocNumber('晋市政发〔2019〕20号')).toEqual({ normalized: '晋市政发〔2019〕20号', code: '晋市政发', year: 2019, serial: 20 });
  });
});

describe('normalizeDocNumber / findDocNumber', () => {
  it('normalises brackets and spaces', () => {
    expect(normalizeDocNumber('晋市政发[2022]17号')).toBe('晋市政发〔2022〕17号');
  });
  it('finds a number inside a TOC line', () => {
    expect(findDocNumber('(城政发[2023]4号) ..... (3)')?.parsed.normalized).toBe('城政发〔2023〕4号');
  });
});

describe('parseSplitOrderNumber', () => {
  it('joins an order number printed over two lines', () => {
    expect(parseSplitOrderNumber('某某省人民政府令', '第 300 号')?.normalized).toBe('某某省人民政府令第300号');
  });
  it('needs a 令 line', () => expect(parseSplitOrderNumber('某某省人民政府', '第 300 号')).toBeNull());
  it.each([
    ['某市人民政府公告', '（第1号）', '某市人民政府公告第1号'],
    ['某市人民政府通告', '2023年第2号', '某市人民政府通告2023年第2号'],
    ['某市人民政府公告', '〔2024〕第3号', '某市人民政府公告〔2024〕第3号'],
    ['某市人民代表大会常务委员会公告', '第三十七号', '某市人民代表大会常务委员会公告第三十七号'],
    ['某县人民政府通告', '[2024] 5 号', '某县人民政府通告〔2024〕5号'],
  ])('%s + %s', (a, b, expected) => expect(parseSplitOrderNumber(a, b)?.normalized).toBe(expected));
  it.each([
    ['某市人民政府公告', '〔2024〕'], // a year without a serial
    ['某市人民政府公告', '2024年3月5日'], // a date
    ['森林高火险期禁火令', '第1号'], // a title naming its matter: the code is no organ's
    ['关于禁止燃放烟花爆竹的通告', '第2号'],
  ])('%s + %s is not a number', (a, b) => expect(parseSplitOrderNumber(a, b)).toBeNull());
});

describe('a 发文字号 whose year a page lost (某防领〔〕10号)', () => {
  it('is read with its year unknown', () => expect(parseDocNumber('某防领〔〕10号')).toEqual({ normalized: '某防领〔〕10号', code: '某防领', year: null, serial: 10 }));
  it.each([['关于〔〕10号'], ['〔〕10号'], ['某防领〔〕号']])('must not read %s', (s) => expect(parseDocNumber(s)).toBeNull());
});

describe('parseBareSerial', () => {
  it.each([
    ['第1号', '第1号', null, 1],
    ['（2025年第2号）', '2025年第2号', 2025, 2],
    ['第 三 号', '第三号', null, 3],
  ])('%s', (s, normalized, year, serial) => expect(parseBareSerial(s)).toEqual({ normalized, code: '', year, serial }));
  it.each([['某政发〔2024〕3号'], ['第1号文件'], ['2024年3月5日'], ['〔2024〕3号'], ['（关于加强某事第1号）'], ['(某事项第1号)']])('must not read %s', (s) => expect(parseBareSerial(s)).toBeNull());
  it('reads a serial after the short name of the organ whose series it is, in brackets', () => {
    expect(parseBareSerial('(县疫情防控指挥部第1号)')).toEqual({ normalized: '县疫情防控指挥部第1号', code: '县疫情防控指挥部', year: null, serial: 1 });
  });
  it('a 关于 title with a serial after it is no order code (关于加强某事管理的通告(第6号))', () => {
    expect(parseDocNumber('关于加强某事管理的通告(第6号)')).toBeNull();
    expect(parseDocNumber('某市人民政府令(第52号)')?.normalized).toBe('某市人民政府令第52号');
  });
});

describe('printedNumber', () => {
  it.each([
    ['某政〔2024〕15号                          签发人：王某某', '某政〔2024〕15号'],
    ['某政〔2024〕15号　签 发 人: 王某某', '某政〔2024〕15号'],
    ['某政发〔2024〕3号', '某政发〔2024〕3号'],
  ])('%s → %s', (line, printed) => expect(printedNumber(line)).toBe(printed));
});

describe('leadingDocNumberEnd', () => {
  it.each([
    ['吉教发[2015]1号关于印发某某要点的通知', 11],
    ['某政发〔2023〕4号 关于某事的通知', 11],
    ['关于转发某政发〔2023〕4号的通知', null], // a title citing a number does not open with it
    ['某政发〔2023〕4号', null], // a number alone does not go on
  ])('%s → %s', (t, want) => expect(leadingDocNumberEnd(t)).toBe(want));
});

describe('startsWithDocNumber', () => {
  it.each([['京政办发〔2016〕26号《某市人民政府办公厅关于某事的通知》'], ['某政发[2023]4号 关于某事的通知']])('%s', (t) => expect(startsWithDocNumber(t)).toBe(true));
  // must not fire: the number alone, a title that cites a number, a number in brackets
  it.each([['某政发〔2023〕4号'], ['关于转发某政发〔2023〕4号文件的通知'], ['（某政发〔2023〕4号）关于某事'], ['根据某政发〔2023〕4号文件精神，现通知如下。'], ['贯彻落实某政发〔2023〕4号文件的实施意见']])('must not fire: %s', (t) => expect(startsWithDocNumber(t)).toBe(false));
});

describe('opensLikeDocNumber', () => {
  it.each([['某政办发〔201746'], ['某政办发〔2017〕46号'], ['某政发[2023]4号'], ['某政2024〕1'], ['某政规2024］1号']])('%s', (t) => expect(opensLikeDocNumber(t)).toBe(true));
  // must not fire: a sentence that cites a number, an addressee list, a year in brackets alone, a year with no bracket
  it.each([['根据某政发〔2023〕4号文件'], ['根据某政2024〕1号文件'], ['各乡镇人民政府,县级有关部门:'], ['〔2017〕'], ['2024〕1'], ['某市2024年工作要点']])('must not fire: %s', (t) => expect(opensLikeDocNumber(t)).toBe(false));
});

describe('isOrderCode and issuerOfOrderCode', () => {
  it.each([['某市人民政府令', '某市人民政府'], ['某某省人民代表大会常务委员会公告', '某某省人民代表大会常务委员会'], ['某市公安局通告', '某市公安局']])('%s is an order\'s code of %s', (code, issuer) => {
    expect([isOrderCode(code), issuerOfOrderCode(code)]).toEqual([true, issuer]);
  });
  it.each([['某政发'], ['令行禁止办'], ['公告栏']])('must not fire: %s', (code) => expect(isOrderCode(code)).toBe(false));
});
