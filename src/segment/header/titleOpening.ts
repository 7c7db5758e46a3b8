/**
 * A line that opens a title (发文机关 + 关于 + 事由 + 文种, GB/T 9704 7.2.3): a whole issuer — it begins with
 * a place or a central organ, so it is not the wrapped tail of an organ name (`公厅关于…`, `办公室关于…`) —
 * then 关于. What stands above such a line in a title block is other text: an attachment's last line, a
 * section heading.
 */
import { splitIssuerPrefix } from './issuerPrefix.js';
import { removeAllSpaces } from '../../text/normalize.js';

// An issuer's beginning: a central organ (中共… 国务院 全国… 国家… 中华人民共和国… 最高人民…) or a place
// name ending in 省/市/县/区/州/盟/旗/镇/乡/街道 after at least one character (某市, 某某自治区)
const ISSUER_START = /^(?:中共|中国共产党|国务院|全国|国家|中华人民共和国|最高人民|[\u4e00-\u9fa5]+?(?:省|市|县|区|州|盟|旗|镇|乡|街道))/;

export function opensTitle(text: string): boolean {
  const t = removeAllSpaces(text);
  const issuer = splitIssuerPrefix(t).issuer;
  return !!issuer && ISSUER_START.test(t) && t.startsWith(issuer.split('、')[0]);
}
