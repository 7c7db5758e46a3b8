/**
 * The default index tokenization: overlapping Han bigrams, letters and digits as whole words. A Han run
 * 营商环境 gives 营商 商环 环境 and its last character 境 (so a one-character word or a word ending just before
 * a digit still has a token to match); 2022, abc are one token each. Punctuation and spaces give none.
 * A query word becomes an FTS5 phrase of the same tokens, so it matches exactly where the (space-free,
 * lower-cased NFKC) text contains it, with no dictionary and no verification pass: adjacent bigrams
 * c1c2 c2c3 are the substring c1c2c3. A word's last piece is a prefix (环境 inside 环境保护, 27 inside 275).
 */
import { comparableText } from '../text/normalize.js';

// a run of Han characters, or a run of other letters and digits
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

interface Run {
  han: boolean;
  text: string;
}

/** The runs of the last text split, so the index tokens and the `chars` tokens of one text split it once. */
let last: { text: string; runs: Run[] } | null = null;

function runsOf(text: string): Run[] {
  if (last?.text === text) return last.runs;
  const out: Run[] = [];
  for (const m of comparableText(text).matchAll(RUN)) out.push({ han: m[1] !== undefined, text: m[0] });
  last = { text, runs: out };
  return out;
}

function hanBigrams(chars: string[], out: string[]): void {
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
}

/** The index side: the tokens of a text, space-separated (FTS5's `ascii` tokenizer splits them at the spaces and keeps every non-ASCII character). */
export function bigramIndexText(text: string): string {
  const out: string[] = [];
  for (const r of runsOf(text)) {
    if (!r.han) {
      out.push(r.text);
      continue;
    }
    const chars = [...r.text];
    hanBigrams(chars, out);
    out.push(chars[chars.length - 1]);
  }
  return out.join(' ');
}

/** Does the word hold characters that are not tokens (punctuation)? Then the phrase match is looser than the text. */
export function hasUntokenized(word: string): boolean {
  return comparableText(word).replace(RUN, '') !== '';
}

/**
 * The query side: an FTS5 phrase for one word (`"营商 商环 环境"`, `"27 号"*`), or null when the word has no
 * letters, digits or Han characters. A run that ends inside the word ends in the text too (the next
 * character is not of its kind), so it keeps its last-character token; the word's last run may go on in
 * the text, so its last piece is a prefix.
 */
export function bigramPhrase(word: string): string | null {
  const runs = runsOf(word);
  if (!runs.length) return null;
  const tokens: string[] = [];
  let prefix = false;
  runs.forEach((r, i) => {
    const last = i === runs.length - 1;
    if (!r.han) {
      tokens.push(r.text);
      prefix = last;
      return;
    }
    const chars = [...r.text];
    if (chars.length === 1) {
      tokens.push(chars[0]);
      prefix = last;
      return;
    }
    hanBigrams(chars, tokens);
    if (!last) tokens.push(chars[chars.length - 1]);
    prefix = false;
  });
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}

/**
 * The distinct Han characters of a text, space-separated: the `chars` table (rowids only) answers a
 * one-character word with one doclist, where the bigram index needs a prefix merge over every bigram that
 * starts with the character (年 → 年度 年内 年底 …).
 */
export function hanCharSet(text: string): string {
  const chars = new Set<string>();
  for (const r of runsOf(text)) if (r.han) for (const c of r.text) chars.add(c);
  return [...chars].join(' ');
}

/** The word as one Han character (comparable form), or null when it is anything else. */
export function singleHanChar(word: string): string | null {
  const c = comparableText(word);
  // exactly one code point of the Han script
  return /^\p{Script=Han}$/u.test(c) ? c : null;
}
