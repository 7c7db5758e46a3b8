/** A line a web page prints inside a document's header, between its title, number and 主送: see isPageLine. */
import { parseMetadataLine } from '../page/metadataBlock.js';
import { endsWithWebAddress } from '../../text/webAddress.js';
import { opensWithTimeOfDay, opensWithTimeStamp } from '../../text/timeStamp.js';
import { isMarksOnly } from '../../text/marksOnly.js';
import { isRegistrationNumber } from '../../text/registrationNumber.js';

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
  // (a time of day alone, 17:08, opens the line as a stamp's time cut from its date does)
  return !/[。；，,]/.test(text) && text.length <= 80 && (opensWithTimeStamp(text) || opensWithTimeOfDay(text) || endsWithWebAddress(text));
}
