/**
 * An organ line right above a title that itself begins with that organ (`某县人民政府` over
 * `某县人民政府关于…的通知`) is the 发文机关标志 of GB/T 9704 7.2.3 printed without 文件, not the first line of
 * a wrapped title: joining the two would print the issuer twice.
 */
import { removeAllSpaces } from '../../text/normalize.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { splitIssuerPrefix } from './issuerPrefix.js';

export function isIssuerAboveTitle(organLine: string, titleLine: string): boolean {
  const organ = removeAllSpaces(organLine);
  const title = removeAllSpaces(titleLine);
  if (!looksLikeOrganName(organ) || title.length <= organ.length || !title.startsWith(organ)) return false;
  // the title's own prefix before 关于 is that organ (alone or first of joint issuers)
  return splitIssuerPrefix(title).issuer !== null;
}
