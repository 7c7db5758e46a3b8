/**
 * A site's note printed after a title on its heading line (`…的决定 附:修正本`, `…条例 附：条文释义`): it tells what the
 * page appends, and is no part of the title, which ends in its kind of text.
 */
import { detectDocType } from '../../text/docType.js';

// the title, then 附: / 附： and a short note, after a space or not
const APPENDED = /^(.+?)\s*附\s*[:：]\s*\S.{0,19}$/;

/** The title without a note of what the page appends, or the title itself. */
export function withoutAppendedNote(title: string): string {
  const m = APPENDED.exec(title);
  return m && detectDocType(m[1]) ? m[1] : title;
}
