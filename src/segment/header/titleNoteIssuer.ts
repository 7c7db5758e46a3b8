/**
 * The body a statute's 题注 names as its maker (立法法): the 人民代表大会 or its 常务委员会 whose session adopted
 * it, the court's 审判委员会 or the procuratorate's 检察委员会, the government whose 常务会议 adopted it, or —
 * with no adoption clause — the organ whose 令 promulgated it. The session's ordinal (第十三届) is not part of the
 * organ's name; a 主席令 promulgates a law the congress made, so it names no issuer.
 */

import { datePattern, lostMarksDatePattern } from '../../text/dates.js';

// 某某省第十三届人民代表大会常务委员会第二十次会议通过 (or 修订: the session that made the text in force) /
// 第十届全国人民代表大会第三次会议通过 → the congress (or its committee); 次 is sometimes left out (第四会议); a
// committee's 主任会议 (its council of chairmen) acts for the committee: 某州人民代表大会常务委员会第六次主任会议修订
const CONGRESS = /([\u4e00-\u9fa5]{0,20}?)(?:第[一二三四五六七八九十]+届)?((?:全国)?人民代表大会(?:常务委员会)?)第[一二三四五六七八九十百\d]+次?(?:全体|主任)?会议(?:审议)?(?:通过|修订)/;
// 最高人民法院审判委员会第1234次会议通过 / 最高人民检察院第十三届检察委员会第五次会议通过 → the court or procuratorate
const COMMITTEE = /([\u4e00-\u9fa5]{0,20}?(?:人民法院|人民检察院))(?:第[一二三四五六七八九十]+届)?(?:审判|检察)委员会/;
// 国务院第76次常务会议通过 / 某某省人民政府第12次常务会议通过 → the government
const STANDING_MEETING = /([\u4e00-\u9fa5]{0,20}?(?:国务院|人民政府))第[一二三四五六七八九十百\d]+次常务会议(?:审议)?通过/;
// 中华人民共和国国务院令第431号公布 / 某某省人民政府令第300号公布 (a 主席令 is not the maker's)
const DECREE = /([\u4e00-\u9fa5]{2,30}?)令第[一二三四五六七八九十百\d]+号(?:公布|发布)/;
// a clause of its own, `organ + 发布` (1985年3月15日 国家标准局发布, after the 国务院批准 clause) → the publisher
const PUBLISHER = /(?:^|\|)([\u4e00-\u9fa5]{2,20}?)(?:发布|公布|颁布)(?=\||$)/;

/** The organ a 题注 names as the text's maker, or null. */
export function titleNoteIssuer(note: string): string | null {
  // the clauses' dates cut out, so an organ's name starts after them (2011年12月22日日照市…)
  const t = note.normalize('NFKC').replace(/\s+/g, '').replace(datePattern(), '|').replace(lostMarksDatePattern(), '|');
  const congress = CONGRESS.exec(t);
  if (congress) return congress[1] + congress[2];
  const organ = COMMITTEE.exec(t)?.[1] ?? STANDING_MEETING.exec(t)?.[1] ?? DECREE.exec(t)?.[1] ?? PUBLISHER.exec(t)?.[1] ?? null;
  // a 主席令 promulgates what the congress made
  return organ && !/主席$/.test(organ) ? organ : null;
}
