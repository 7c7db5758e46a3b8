/**
 * A line that opens a title (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.2.3): a whole issuer — it begins with
 * a place or a central organ, so it is not the wrapped tail of an organ name (`公厅关于…`, `办公室关于…`) —
 * then 关于. What stands above such a line in a title block is other text: an attachment's last line, a
 * section heading.
 */
import { splitIssuerPrefix } from './issuerPrefix.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { MASK_CHARS } from '../../text/mask.js';

// the ministries and offices of the State Council whose names carry no 国家 (GB/T 9704's 发文机关 for central texts)
const CENTRAL_MINISTRY = '(?:外交|国防|教育|科学技术|科技|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|人事|劳动和社会保障|劳动|自然资源|国土资源|生态环境|环境保护|住房和城乡建设|建设|交通运输|交通|铁道|水利|农业农村|农业|林业|商务|文化和旅游|文化|卫生|退役军人事务|应急管理|监察|信息产业|对外贸易经济合作)部|审计署|海关总署|中国人民银行';

// An issuer's beginning: a central organ (中共… 国务院 全国… 国家… 中华人民共和国… 最高人民…) or a place
// name ending in 省/市/县/区/州/盟/旗/镇/乡/街道 after at least one character (某市, 某某自治区, a template's ××省), or a
// ministry of the State Council named without a place (its name now or before a reform: 农业农村部, 农业部, 海关总署)
const ISSUER_START = new RegExp(`^(?:中共|中国共产党|国务院|全国|国家|中华人民共和国|最高人民|[\\u4e00-\\u9fa5${MASK_CHARS}]+?(?:省|市|县|区|州|盟|旗|镇|乡|街道)|${CENTRAL_MINISTRY})`);

export function opensTitle(text: string): boolean {
  const t = removeAllSpaces(text);
  const issuer = splitIssuerPrefix(t).issuer;
  return !!issuer && ISSUER_START.test(t) && t.startsWith(issuer.split('、')[0]);
}
