/**
 * A line with a space after every character (a document-sharing site's transcription of a PDF: `青 海 省 人 民 政 府 关
 * 于 印 发 …`): the spaces are the extractor's, not the document's. On a line where most Chinese characters stand
 * so, a single space beside a Chinese character or mark is taken out; a line of a few spaced characters (a heading
 * spaced to fill its width, `国 务 院`, `第一章 总 则`) is left to the rules that read such layout.
 */
import { HAN_RANGE } from '../text/han.js';

// a Chinese character (text/han: a range, cheap on every line) or a full-width mark (CJK punctuation, full-width forms)
const CJK = `${HAN_RANGE}\\u3000-\\u303F\\uFF00-\\uFFEF`;
// a Chinese character, one space, and a non-space after it: one spaced step
const SPACED_STEP = new RegExp(`[${CJK}] (?=[^\\s])`, 'g');
// a single space with a Chinese character or mark on one side of it (and no space on either)
const LONE_SPACE = new RegExp(`(?<=[${CJK}]) (?=[^\\s])|(?<=[^\\s]) (?=[${CJK}])`, 'g');
// three Chinese characters spaced out: the least a spaced-out line holds
const THREE_SPACED = new RegExp(`[${HAN_RANGE}] [${HAN_RANGE}] [${HAN_RANGE}] `);
const HAN_CHAR = new RegExp(`[${HAN_RANGE}]`, 'g');
/** Fewest Chinese characters a line must hold, and the share of them spaced, for its spaces to be the extractor's. */
const MIN_CHARS = 20;
const MIN_SHARE = 0.6;

/** Is this line spaced out character by character? */
export function isSpacedOutLine(line: string): boolean {
  // (most lines are passed over here: too short, or no three characters spaced out)
  if (line.length < MIN_CHARS * 2 || !THREE_SPACED.test(line)) return false;
  const han = line.match(HAN_CHAR)?.length ?? 0;
  if (han < MIN_CHARS) return false;
  return (line.match(SPACED_STEP)?.length ?? 0) >= han * MIN_SHARE;
}

/** The text with the spaces of every spaced-out line taken out, and how many lines were. */
export function unspaceCharacters(text: string): { text: string; lines: number } {
  // (most texts are passed over here: no Chinese character followed by a space and another)
  if (!THREE_SPACED.test(text)) return { text, lines: 0 };
  let lines = 0;
  const out = text.split('\n').map((line) => {
    if (!isSpacedOutLine(line)) return line;
    lines++;
    return line.replace(LONE_SPACE, '');
  });
  return { text: lines ? out.join('\n') : text, lines };
}
