/**
 * A law database's field labels printed before the text of each field (`【题注】 (2001年…通过)`, `【章名】 第一章 总则`):
 * the label names the field, the text after it is the statute's own. The text keeps its place without the label.
 */

// 【题注】 【章名】 【节名】 【编名】 【条文】 【法规全文】 【正文】 【标题】 at the start of a line
const FIELD_LABEL = /^[ \t\u3000]*【(?:题注|章名|节名|编名|分编名|条文|法规全文|正文|标题)】[ \t\u3000]*/;

/** The line's text without the database label it opens with, or null when it opens with none. */
export function withoutDatabaseLabel(text: string): string | null {
  const m = FIELD_LABEL.exec(text);
  return m ? text.slice(m[0].length) : null;
}
