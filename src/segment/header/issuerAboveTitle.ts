/**
 * An organ line right above a title that itself begins with that organ (`某县人民政府` over
 * `某县人民政府关于…的通知`), or with that organ's name short of its place (`某县人民政府` over `县人民政府关于…`),
 * is the 发文机关标志 of GB/T 9704 7.2.3 printed without 文件, not the first line of a wrapped title: joining the two
 * would print the issuer twice.
 */
import { removeAllSpaces } from '../../text/normalize.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { splitIssuerPrefix } from './issuerPrefix.js';
import { detectDocType, FORMAL_DOC_TYPES } from '../../text/docType.js';

export function isIssuerAboveTitle(organLine: string, titleLine: string): boolean {
  const organ = removeAllSpaces(organLine);
  const title = removeAllSpaces(titleLine);
  // the title's own prefix before 关于 is that organ (alone or first of joint issuers), or the organ's name without
  // its place (县人民政府 under 某某县人民政府)
  const same = title.length > organ.length && title.startsWith(organ);
  if (!looksLikeOrganName(organ)) return false;
  const prefix = splitIssuerPrefix(title).issuer;
  if (prefix === null) return false;
  // (or the organ with the province above its place: 某某省某市人民政府办公室 over 某市人民政府办公室转发…, as a law
  // database prints its maker)
  const placed = organ.length > prefix.length && organ.endsWith(prefix) && PROVINCE.test(organ.slice(0, organ.length - prefix.length));
  if (!same && !placed && !isPlacelessOrgan(title)) return false;
  return same || placed || (isPlacelessOrgan(prefix) && organ.endsWith(prefix));
}

// a province (or an autonomous region) named before a city's or a county's organ: 某某省, 某某自治区
const PROVINCE = /^[\u4e00-\u9fa5]{2,8}(省|自治区)$/;

// an organ named by its level alone, without its place: 县人民政府, 市政府办公室, 省人大常委会
const PLACELESS = /^(省|市|县|区|州|盟|旗|乡|镇)(人民政府|政府|人大|人民代表大会|委|党委)/;

/** Is the organ's name its level without its place (县人民政府, not 某某县人民政府)? */
export function isPlacelessOrgan(name: string): boolean {
  return PLACELESS.test(name);
}

// what a title begins with when its issuer was printed on the line above it: 关于…, 印发…, 转发…, 批转…
const NEEDS_ISSUER_BEFORE = /^(关于|印发|转发|批转|颁布|发布|公布)/;
// the rest of an organ's name wrapped onto the title line: 中华人民共和国各级人民代表大会 / 常务委员会监督法
const CONTINUES_ORGAN = /^(常务委员会|常委会|委员会|人民代表大会|人民政府|政府|办公厅|办公室|管理委员会|管委会)/;

/** Does this title line go on with the rest of an organ's name from the line above (常务委员会…, 办公厅…)? */
export function continuesOrganName(titleLine: string): boolean {
  return CONTINUES_ORGAN.test(removeAllSpaces(titleLine));
}

/**
 * Organ lines over a title that names its own subject (`某市某某管理条例`, `某某省某某规定`), as a law database
 * prints a statute's 制定机关 under its name, are the issuer's mark and not part of the title: only a title that
 * starts with 关于 or a verb (印发, 转发…) reads on from the organ above it.
 */
export function isIssuerOverNamedTitle(titleRest: string): boolean {
  const rest = removeAllSpaces(titleRest);
  // (a formal kind named by its matter, 森林防火禁火令, 某某通告, is the organ's: GB/T 9704 titles it organ + matter + kind,
  // the organ's line over it part of the title; a statute's name, 某某条例, is the text's own)
  const kind = detectDocType(rest);
  if (kind && FORMAL_DOC_TYPES.has(kind)) return false;
  return rest !== '' && !NEEDS_ISSUER_BEFORE.test(rest) && !/^[、，,和及与]/.test(rest) && !CONTINUES_ORGAN.test(rest);
}
