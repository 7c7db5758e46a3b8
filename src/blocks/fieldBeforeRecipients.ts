/**
 * A page's field run on into the 主送 after it, in a text that lost its line ends (…23号来源：某某法律工作部各省、
 * 自治区、直辖市总工会，…各直属单位：…): the field's value is an organ's name and the addressee list opens with 各
 * right after it. Where the list begins, so the field stays a line of its own and the list starts one.
 */
import { looksLikeOrganName } from '../text/organName.js';
import { isRecipientsLine } from '../text/recipientsLine.js';

// a field naming who published the page (来源, 发布机构, 发文机关, 发布单位, 作者, 发布人, 发布部门: a word ending in
// 源 构 关 位 者 人 门), its colon, its value (an organ's name: no mark, no space), then 各 opening an addressee list
// up to its colon
const FIELD_THEN_LIST = /[\u4e00-\u9fa5]{1,5}[源构关位者人门][ \t\u3000]*[：:][ \t\u3000]*([^\s：:。；，,、（）()《》“”]{2,30}?)(?=(各[^：:。；]{1,400}[：:]))/g;

/** Offsets where an addressee list run on after a field's organ value begins. */
export function fieldBeforeRecipientsBreaks(text: string): number[] {
  const out: number[] = [];
  // (most texts are passed over here: no 各 after a colon's short value)
  if (!text.includes('各')) return out;
  for (const m of text.matchAll(FIELD_THEN_LIST)) {
    if (!looksLikeOrganName(m[1]) || !isRecipientsLine(m[2])) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}
