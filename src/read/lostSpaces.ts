/**
 * Spaces a page lost to a character set without them: each no-break space written as `?` (`甘肃省人民政府????????`,
 * `第一章?总?则`, `第一条?第十四届…`, `09:36:25? 作者`). Such a `?` stands beside a Chinese character or a digit, with a
 * space, a Chinese character or the line's end after it; a question mark of the text is full-width in Chinese. Read
 * as spaces only where the text shows the loss — a run of two or more, or two between Chinese characters — else
 * only after a time of day (`09:36:25? `), where no question is asked.
 */
import { HAN_RANGE } from '../text/han.js';

// a run of ? after a Chinese character (text/han), a digit or a closing mark, before a space, a Chinese character or
// the end
const LOST = new RegExp(`(?<=[${HAN_RANGE}\\d）)】」』”])\\?+(?=[\\s\\u3000${HAN_RANGE}]|$)`, 'gm');
// the signs of the loss: a run of two or more after a Chinese character or a digit; one between Chinese characters
const RUN = new RegExp(`[${HAN_RANGE}\\d]\\?{2,}`);
const BETWEEN = new RegExp(`[${HAN_RANGE}]\\?[${HAN_RANGE}]`, 'g');
// a time of day, then ? and a space (a page's stamp: 2025-01-10 09:36:25? 作者)
const AFTER_TIME = /(?<=\d{1,2}:\d{2}(?::\d{2})?)\?(?=[ \t])/g;

/** The text with lost spaces given back as spaces (same length), and how many were. */
export function restoreLostSpaces(text: string): { text: string; restored: number } {
  // (most texts are passed over here: no ASCII question mark at all)
  if (!text.includes('?')) return { text, restored: 0 };
  const shows = RUN.test(text) || (text.match(BETWEEN)?.length ?? 0) >= 2;
  let restored = 0;
  const out = text.replace(shows ? LOST : AFTER_TIME, (m) => {
    restored += m.length;
    return ' '.repeat(m.length);
  });
  return { text: out, restored };
}
