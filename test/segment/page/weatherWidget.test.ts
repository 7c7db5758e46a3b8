import { describe, expect, it } from 'vitest';
import { weatherWidgetLines } from '../../../src/segment/page/weatherWidget.js';

const widget = ['×', '某市', '36°', '高温', '某市', '15:00发布', '36 °', '多云', '西南风 1级', '空气优 43', '相对湿度 45%', '今天', '26°/37°', '周三', '阵雨', '26°/36°'];

describe('weatherWidgetLines', () => {
  it('takes the run of short lines around the temperatures at the top of a page, not the title below', () => {
    const texts = [...widget, '首页 > 信息公开', '某市人民政府关于某事的通知', '某政〔2023〕5号'];
    expect([...weatherWidgetLines(texts)]).toEqual(widget.map((_, i) => i));
  });
  it.each([
    ['one temperature in a run', ['某市', '36°', '高温', '某市人民政府关于某事的通知']],
    ['temperatures in sentences', ['某市人民政府关于防暑降温的通知', '各区人民政府：', '近日最高气温达36°，请做好防暑工作。', '白天气温26°/37°，夜间较凉。']],
    ['a table of figures one cell a line', ['序号', '项目', '1', '36', '2', '37']],
  ])('must not fire: %s', (_name, texts) => expect(weatherWidgetLines(texts).size).toBe(0));
  it('a widget below the reach is left alone', () => {
    expect(weatherWidgetLines([...Array.from({ length: 45 }, (_, i) => `第${i + 1}条 为了规范某事，制定本办法。`), '36°', '26°/37°']).size).toBe(0);
  });
});
