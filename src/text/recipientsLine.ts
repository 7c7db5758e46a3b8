/** A 主送机关 line: an addressee list ending in a colon (`各县（市、区）人民政府，市直各单位：`). */
import { removeAllSpaces } from './normalize.js';
import { parseMarker } from './markers.js';

// Words that occur in addressee lists: 各…, organ endings, 同志
const ADDRESSEE = /各|人民政府|政府|局|委|办|厅|部|院|单位|部门|公司|中心|管委会|同志|银行|支行|科室|街道|镇|乡|村/;

/** Longest addressee list: a national 意见 lists every province, ministry and central enterprise (~250 characters). */
const MAX_RECIPIENTS = 400;

/** True when the text, ending in a colon, reads as an addressee list. */
export function isRecipientsLine(text: string): boolean {
  const t = removeAllSpaces(text);
  if (!/[：:]$/.test(t) || t.length > MAX_RECIPIENTS || t.length < 3) return false;
  if (/[。；;！？《》“”]/.test(t)) return false;
  // an opening clause (为贯彻…，制定本方案：) is not an addressee list
  if (/^(为|根据|按照|依据|依照|经|现|对|在|关于|近日|目前|结合|围绕|特)/.test(t)) return false;
  // a clause that announces what follows (市政府决定：/ 通知如下：/ 研究同意：) is not an addressee list
  if (/(决定|如下|规定|要求|指出|认为|同意|研究|明确|强调)[：:]$/.test(t)) return false;
  // …会议决定，修改下列地方性法规：/ 现公布以下事项：— a clause that acts on what it lists below
  if (/(下列|以下)[\u4e00-\u9fa5]{0,12}[：:]$/.test(t) || /(决定|通过|审议|研究)[，,]/.test(t)) return false;
  // a page's line naming its site and a field (某区人民政府门户网站 www.… 发布时间：): a web address, or a field label
  // before the colon, is in no addressee list
  if (/https?:|www\.|\.(?:gov|com|cn|org|net)\b/i.test(t) || /(?:时间|日期|来源|作者|浏览|点击|字号)[：:]$/.test(t)) return false;
  if (parseMarker(text)) return false;
  return ADDRESSEE.test(t);
}
