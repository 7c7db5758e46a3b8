/**
 * A progress bar that fits its terminal: cli-progress cuts a line wider than the terminal at the right edge (a
 * 60-column terminal showed `156/3` of `156/312`), so the bar is sized to what the rest of the line leaves, and a
 * file name is shortened by its display width (a Chinese character takes two columns), keeping its end.
 */
import cliProgress from 'cli-progress';
import { displayWidth } from '../text/displayWidth.js';

/** Widest and narrowest bar drawn. */
const MAX_BAR = 40;
const MIN_BAR = 10;
/** Columns assumed when the stream does not say (not a terminal). */
const DEFAULT_COLUMNS = 80;

/** The bar's width on a line of `columns` whose other text takes `otherText` columns. */
export function barSize(columns: number | undefined, otherText: number): number {
  return Math.max(MIN_BAR, Math.min(MAX_BAR, (columns ?? DEFAULT_COLUMNS) - otherText - 1));
}

/** The text cut to `columns` display columns, keeping its end (the file name of a path) after `…`; '' if none fit. */
export function fitToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  if (columns < 4) return '';
  const chars = [...text];
  let kept = '';
  // '…' is two columns wide in a Chinese terminal
  for (let i = chars.length - 1; i >= 0 && displayWidth(chars[i] + kept) <= columns - 2; i--) kept = chars[i] + kept;
  return '…' + kept;
}

/**
 * A bar for `label`: `label [bar] value/total` then the given fields. `fixedText` is the widest the line gets
 * besides the bar and a trailing name (digits of value/total included); the name (if the fields end with one,
 * `withName`) gets what is left after a bar of at least MIN_BAR.
 */
export function makeBar(label: string, fields: string, fixedText: number, stream: NodeJS.WriteStream, withName = false): { bar: cliProgress.SingleBar; nameWidth: number } {
  const columns = stream.columns;
  const size = barSize(columns, fixedText + (withName ? 20 : 0));
  const nameWidth = Math.max(0, (columns ?? DEFAULT_COLUMNS) - fixedText - size - 1);
  // ASCII bar characters (= and -): the shades (█ ░) are of ambiguous width, two columns in a Chinese terminal
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total}${fields}`, barsize: size, hideCursor: true, stream, etaBuffer: 50 }, cliProgress.Presets.legacy);
  return { bar, nameWidth };
}
