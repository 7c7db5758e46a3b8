/** A line a web page prints inside a document's header, between its title, number and 主送: see isPageLine. */
import { parseMetadataLine } from '../page/metadataBlock.js';
import { endsWithWebAddress } from '../../text/webAddress.js';
import { opensWithTimeOfDay, opensWithTimeStamp } from '../../text/timeStamp.js';
import { isMarksOnly } from '../../text/marksOnly.js';
import { isRegistrationNumber } from '../../text/registrationNumber.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { detectDocType } from '../../text/docType.js';
import { isRecipientsLine } from '../../text/recipientsLine.js';

/** Most lines of the page a header holds in one run (a stamp, a source, a count, a column's label, a spam line). */
export const MAX_PAGE_LINES = 4;

// a year alone (a link to the series' text of that year) or a note mark alone: 2012年 / [1] / ［2］
const SERIES_LINK_OR_NOTE_MARK = /^(?:\d{4}年|[\[［]\d{1,2}[\]］])$/;

/**
 * A line of the page between a document's title and its 主送: a field, a time stamp, an address, a button's marks left
 * alone (【 of 字号:【大 中 小】), a stamp's time cut from its date (17:08, 06:35:24文/某某网); no sentence.
 */
export function isPageLine(text: string): boolean {
  // (and the 统一登记号 a 规范性文件 prints above its 主送: XFGS—2023—008; an online library's link to the series' next
  // year, 2012年, and its note mark, [1])
  if (parseMetadataLine(text) || isMarksOnly(text) || isRegistrationNumber(text) || SERIES_LINK_OR_NOTE_MARK.test(text.trim())) return true;
  if (isColumnLabel(text)) return true;
  // (a time of day alone, 17:08, opens the line as a stamp's time cut from its date does)
  return !/[。；，,]/.test(text) && text.length <= 80 && (opensWithTimeStamp(text) || opensWithTimeOfDay(text) || endsWithWebAddress(text));
}

// a short name and its colon, no value after it (政策文件:, 通知公告：)
const NAME_AND_COLON = /^([\u4e00-\u9fa5]{2,6})[:：]$/;

/**
 * The label of the site's column a page prints over its document (政策文件:): a short name alone with its colon, which
 * is no 主送 (各部门：, 某某局：), no title ending in a colon (某某的通告：), no announcing clause (通知如下：) and no label
 * of the document's own parts (附件：).
 */
export function isColumnLabel(text: string): boolean {
  const m = NAME_AND_COLON.exec(text.trim());
  // (nor a label the document's own parts print: 附件：, 主送：, 抄送：)
  return !!m && !/^(?:各|附|主送|抄送)/.test(m[1]) && !looksLikeOrganName(m[1]) && !detectDocType(m[1]) && !isRecipientsLine(text) && !/如下|下列|以下|决定|规定|要求$/.test(m[1]);
}
