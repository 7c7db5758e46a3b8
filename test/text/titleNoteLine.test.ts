import { describe, expect, it } from 'vitest';
import { isTitleNoteLine } from '../../src/text/titleNoteLine.js';

describe('isTitleNoteLine', () => {
  it.each([
    ['（2011年12月22日某某省第十一届人民代表大会常务委员会第二十七次会议通过）'],
    ['(2020年5月8日市人民政府第60次常务会议审议通过)'],
    ['2005年1月5日 国务院第76次常务会议通过'],
    ['2005年1月10日 中华人民共和国国务院令第431号公布'],
    ['2005年5月1日 施行'],
    ['根据2016年2月23日某市第十四届人民代表大会常务委员会第二十七次会议《关于修改〈某市河道管理条例〉等7件地方性法规的决定》第一次修正'],
    ['（自2023年9月8日起施行）'],
    ['（2004年8月28日某某省人大常委会通过。）'],
    // an amendment to an annex that the standing committee records
    ['（2010年8月28日第十一届某某人民代表大会常务委员会第十六次会议予以备案）'],
  ])('fires: %s', (line) => expect(isTitleNoteLine(line)).toBe(true));
  it.each([
    ['本条例自2005年5月1日起施行。'],
    ['2023年7月12日'],
    ['某市人民政府 2023年7月12日'],
    ['经2023年7月12日市政府常务会议研究，现将有关事项通知如下：'],
    ['第一条 为了规范信访工作，2005年1月5日通过的规定继续有效，制定本条例。'],
    ['（此件公开发布）'],
  ])('does not fire: %s', (line) => expect(isTitleNoteLine(line)).toBe(false));
});
