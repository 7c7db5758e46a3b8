import { describe, expect, it } from 'vitest';
import { dropNoise } from '../../../src/segment/page/dropNoise.js';
import { linesOf } from '../../helpers/lines.js';

describe('dropNoise: markup comments', () => {
  it.each([['<!-- INFO END -->'], ['  <!--注释-->  ']])('drops %s', (line) => {
    const r = dropNoise(linesOf(`某市养犬管理条例\n\n${line}\n\n第一条 为了……`));
    expect(r.dropped.map((d) => d.reason)).toEqual(['markup-comment']);
    expect(r.kept.map((l) => l.text)).toEqual(['某市养犬管理条例', '第一条 为了……']);
  });
  it.each([['<!-- 开始'], ['文中 <!-- x --> 注释'], ['箭头 --> 指向']])('keeps %s', (line) => {
    expect(dropNoise(linesOf(line)).dropped).toEqual([]);
  });
});

describe('dropNoise: a line repeated at a page break', () => {
  it('drops the copy of a continuation line printed again at the top of the next page', () => {
    const text = '各地要切实加强组织领导，建立健全工作机制，确保各项任务落实到位，\n并将落实情况及时报送某某厅办公室某某处汇总\n某某省人民政府公报\n并将落实情况及时报送某某厅办公室某某处汇总\n后再行上报。';
    const r = dropNoise(linesOf(text));
    expect(r.dropped.filter((d) => d.reason === 'duplicate-line').map((d) => d.lines.start)).toEqual([4]);
  });
  it('must not drop a title a law database prints again under a page field line (作者:… 来源:…)', () => {
    const title = '某市人民政府关于修改《某市行政规范性文件管理规定》的决定';
    const text = `作者:某某资料网 时间:2024-07-22 07:20:29 浏览:9863 来源:某某资料网\n${title}\n某某省某市人民政府\n${title}\n某市人民政府令第5号`;
    expect(dropNoise(linesOf(text)).dropped).toEqual([]);
  });
});
