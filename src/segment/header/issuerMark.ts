/**
 * 版头 (GB/T 9704-2012 7.2): 份号, 密级和保密期限, 紧急程度, then the 发文机关标志 (`某市人民政府文件`; a joint
 * document stacks its organs, one per line, the last carrying 文件), then the 发文字号. The block is part of
 * the document it heads, not a gazette section label.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { isOrganList, looksLikeOrganName, organsOfLine, splitOrgans } from '../../text/organName.js';

// 份号 (six digits), 密级 with its 保密期限 (秘密★1年), 紧急程度 (特急/加急)
const HEAD_MARK = /^(\d{6}|(绝密|机密|秘密)(★.{0,8})?|特急|加急)$/;

/** `某市人民政府文件`, `某某省财政厅 某某省教育厅文件`: organ names followed by 文件. */
export function isIssuerMarkLine(text: string): boolean {
  const t = text.trim();
  return /文件$/.test(t) && isOrganList(t.slice(0, -2));
}

/**
 * Index of the first line of the 版头 block ending right above lines[k] (a 发文字号 line), or null. With `bareOrgan`
 * (the title is printed below the number), an organ's name alone right above the number is the mark too: GB/T 9704
 * 7.2.3 allows the 发文机关标志 without 文件.
 */
export function issuerMarkAbove(lines: SourceLine[], k: number, floor: number, bareOrgan = false): number | null {
  if (bareOrgan && k - 1 >= floor && looksLikeOrganName(lines[k - 1].text) && !isIssuerMarkLine(lines[k - 1].text)) return issuerMarkAbove(lines, k - 1, floor) ?? k - 1;
  let j = k - 1;
  let marks = 0;
  while (j >= floor && k - j <= 6) {
    const t = lines[j].text;
    if (isIssuerMarkLine(t)) marks++;
    else if (!(marks > 0 && looksLikeOrganName(t)) && !HEAD_MARK.test(removeAllSpaces(t))) break;
    j--;
  }
  return marks > 0 ? j + 1 : null;
}

/** The organs a 版头 mark line names: `某某厅文件` → 某某厅, a bare organ line → itself; null for any other line. */
export function issuerOfMark(text: string): string | null {
  if (isIssuerMarkLine(text)) return splitOrgans(text.trim().slice(0, -2)).join('、');
  return looksLikeOrganName(text) ? organsOfLine(text).join('、') : null;
}
