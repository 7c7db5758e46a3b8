/**
 * Bold runs extracted from some PDFs come out doubled: every maximal run of punctuation, or of
 * non-punctuation, is emitted twice (`（（一一））主要目标主要目标` = `（一）主要目标`,
 * `““精品品牌精品品牌””` = `“精品品牌”`). Undo it only where that pattern is certain: from the start of a
 * heading-like line (after an undoubled `1.` marker at most), over whole runs, for at least two runs or
 * four characters. Real repeats (`市市场监管局`, `人人持证`, `一一对应`) are not whole doubled runs.
 */

// Punctuation (CJK and ASCII) that forms its own runs
const PUNCT = /[\p{P}\p{S}]/u;

function isPunct(ch: string): boolean {
  return PUNCT.test(ch);
}

/** Split a same-type run into doubled chunks `AABB…`, returning the undoubled `AB…`, or null. */
function undoubleRun(run: string): string | null {
  if (run === '') return '';
  // —— and …… are single marks written with two characters: doubled they are four
  if (/^[—…]+$/.test(run)) return run.length % 4 === 0 ? run.slice(0, run.length / 2) : null;
  for (let k = Math.floor(run.length / 2); k >= 1; k--) {
    if (run.slice(0, k) === run.slice(k, 2 * k)) {
      const rest = undoubleRun(run.slice(2 * k));
      if (rest !== null) return run.slice(0, k) + rest;
    }
  }
  return null;
}

export interface Undoubled {
  text: string;
  /** Whether the doubled span ran to the end of the line (a wrapped bold heading goes on). */
  open: boolean;
  /** How many source characters were removed. */
  removed: number;
}

/** Undo doubling at the start of `text`; null when the start is not doubled with certainty. */
export function undoDoubledPrefix(text: string, continuation = false): Undoubled | null {
  const lead = /^(\s*\d{1,3}[.．]\s*)/.exec(text)?.[1] ?? '';
  let i = lead.length;
  let out = lead;
  let runs = 0;
  let doubledChars = 0;
  while (i < text.length) {
    const type = isPunct(text[i]);
    let j = i;
    while (j < text.length && isPunct(text[j]) === type && !/\s/.test(text[j])) j++;
    const run = text.slice(i, j);
    const single = run.length >= 2 ? undoubleRun(run) : null;
    if (single === null) break;
    out += single;
    doubledChars += single.length;
    runs++;
    i = j;
  }
  const certain = runs >= 2 || doubledChars >= 4 || (continuation && runs >= 1);
  if (!certain || runs === 0) return null;
  return { text: out + text.slice(i), open: i >= text.length, removed: text.length - (out.length + text.length - i) };
}
