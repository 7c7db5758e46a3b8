import { describe, expect, it } from 'vitest';
import { titleNoteIssuer } from '../../../src/segment/header/titleNoteIssuer.js';

describe('titleNoteIssuer', () => {
  it.each([
    ['（2011年12月22日某某市第十四届人民代表大会常务委员会第四次会议通过）', '某某市人民代表大会常务委员会'],
    ['（2004年3月14日第十届全国人民代表大会第二次会议通过）', '全国人民代表大会'],
    ['（2019年4月23日第十三届全国人民代表大会常务委员会第十次会议通过 2019年4月23日中华人民共和国主席令第二十五号公布）', '全国人民代表大会常务委员会'],
    ['2005年1月5日 国务院第76次常务会议通过\n2005年1月10日 中华人民共和国国务院令第431号公布\n2005年5月1日 施行', '国务院'],
    ['（2020年12月7日最高人民法院审判委员会第1823次会议通过，自2021年1月1日起施行）', '最高人民法院'],
    ['（2023年2月10日某某省人民政府令第300号公布）', '某某省人民政府'],
    ['（2011年12月22日日照市第十四届人民代表大会常务委员会第四次会议通过）', '日照市人民代表大会常务委员会'], // a place that begins with 日
    ['2019年7月19日 某某市第十六届人民代表大会常务委员会第十七次会议修订\n2019年9月27日 某某省第十三届人民代表大会常务委员会第十四次会议批准', '某某市人民代表大会常务委员会'], // the revising session
    ['2013年7月24日 某某市第四届人民代表大会常务委员会第四会议通过', '某某市人民代表大会常务委员会'], // 次 left out
    ['1985年3月7日 国务院批准\n1985年3月15日 国家标准局发布', '国家标准局'], // approved by one organ, published by another
    ['（2018年11月28日某某省人民政府第25次常务会议审议通过）', '某某省人民政府'],
    // a committee's council of chairmen (主任会议) acts for the committee
    ['2017年8月22日某某自治州第十二届人民代表大会常务委员会第六次主任会议修订', '某某自治州人民代表大会常务委员会'],
    // (a date that lost its 年 and 月 is no part of the organ's name)
    ['2017822日某某自治州第十二届人民代表大会常务委员会第六次主任会议修订', '某某自治州人民代表大会常务委员会'],
  ])('%s → %s', (note, issuer) => expect(titleNoteIssuer(note)).toBe(issuer));
  it.each([
    ['（2019年4月23日中华人民共和国主席令第二十五号公布）'], // a 主席令 promulgates what the congress made
    ['（2021年3月1日起施行）'], // a date of effect names nobody
    ['根据2016年2月6日《国务院关于修改部分行政法规的决定》修订'], // an amendment by a decision
    ['（2020年5月1日起施行，2021年3月1日修正）'], // dates of effect and amendment
  ])('%s names no issuer', (note) => expect(titleNoteIssuer(note)).toBeNull());
});
