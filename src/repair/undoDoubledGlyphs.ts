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

/** Longest run considered: a doubled bold heading run is far shorter; longer runs (rules, padding) are not doubled. */
const MAX_DOUBLED_RUN = 256;

/**
 * Split a same-type run into doubled chunks `AABB…`, returning the undoubled `AB…`, or null. Longer chunks are
 * tried first; results are memoised per position, so the cost is bounded by MAX_DOUBLED_RUN³ whatever the run.
 */
function undoubleRun(run: string): string | null {
  if (run === '') return '';
  if (run.length > MAX_DOUBLED_RUN || run.length % 2 === 1) return null;
  // —— and …… are single marks written with two characters: doubled they are four
  if (/^[—…]+$/.test(run)) return run.length % 4 === 0 ? run.slice(0, run.length / 2) : null;
  const memo = new Map<number, string | null>();
  const from = (at: number): string | null => {
    if (at === run.length) return '';
    const known = memo.get(at);
    if (known !== undefined) return known;
    let result: string | null = null;
    for (let k = Math.floor((run.length - at) / 2); k >= 1 && result === null; k--) {
      if (run.startsWith(run.slice(at, at + k), at + k)) {
        const rest = from(at + 2 * k);
        if (rest !== null) result = run.slice(at, at + k) + rest;
      }
    }
    memo.set(at, result);
    return result;
  };
  return from(0);
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
  let textRuns = 0;
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
    if (!type) textRuns++;
    i = j;
  }
  const certain = runs >= 2 || doubledChars >= 4 || (continuation && runs >= 1);
  // a heading has words: a line of doubled marks alone (------, ****) is a rule, not a doubled heading
  if (!certain || runs === 0 || textRuns === 0) return null;
  return { text: out + text.slice(i), open: i >= text.length, removed: text.length - (out.length + text.length - i) };
}
