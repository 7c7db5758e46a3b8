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
