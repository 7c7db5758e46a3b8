/** A page's time stamp: a date in digits and a time of day (2022-10-12 06:32, 2023-01-05 10:00:12, 2021年03月11日23:31). */

// a time of day: hours and minutes, seconds or not (17:08, 10:00:12)
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
// a date in digits, then a time of day; or a date written with 年月日 and a time of day, a space between or none (a
// document writes no time of day after its date)
const TIME_STAMP = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+|\d{4}年\d{1,2}月\d{1,2}日\s*)${TIME}`;
const ANYWHERE = new RegExp(TIME_STAMP);
const OPENING = new RegExp(`^\\s*${TIME_STAMP}`);

/** Does the line hold a time stamp (社会热点2022-10-12 06:32:26未知)? */
export function hasTimeStamp(text: string): boolean {
  return ANYWHERE.test(text);
}

/** Does the line open with a time stamp (2023-01-05 10:00 某某办公室)? */
export function opensWithTimeStamp(text: string): boolean {
  return OPENING.test(text);
}

// a time of day alone: a stamp's time cut from its date (a crawler's span lines)
const TIME_OF_DAY = new RegExp(String.raw`^\s*${TIME}\s*$`);

/** Is the line a time of day alone? */
export function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text);
}

// a time of day opening a line, what the page put after it following (06:35:24文/某某网): a stamp cut from its date
const TIME_OF_DAY_OPENING = new RegExp(String.raw`^\s*${TIME}(?![\d:])`);

/** Does the line open with a time of day (a stamp's time cut from its date, its source after it)? */
export function opensWithTimeOfDay(text: string): boolean {
  return TIME_OF_DAY_OPENING.test(text);
}
