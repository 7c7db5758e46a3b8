/**
 * A note's reference mark a page prints after a word of a title (某某公报[1](第二号), its note under the text: [1]本公报
 * 数据均为初步汇总数据): not the title's words.
 */

// a bracketed note number right after a Chinese character: 公报[1] / 人口[2]
const NOTE_MARK = /(?<=\p{Script=Han})[\[［]\d{1,2}[\]］]/gu;

/** The text without note reference marks after its words. */
export function withoutNoteMarks(text: string): string {
  return text.includes('[') || text.includes('［') ? text.replace(NOTE_MARK, '') : text;
}
