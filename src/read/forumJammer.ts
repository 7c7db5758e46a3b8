/**
 * Runs of random ASCII a forum writes into a post so a copied text is spoiled (Discuz's "jammer": `8 ^/ ?2 @& l5 P`
 * glued before a line's text, `+ X$ @4 f/ G" I` on a line of its own). A saved or copied page keeps them; they are
 * not the document's. A run is five or more pieces of one or two printable ASCII characters, one or two spaces apart,
 * at least two of the pieces two characters long with a mark in them, at least two different marks, and a letter or a
 * digit somewhere; it stands apart from any other ASCII (a word, a number, markup). Table rows (`| 1 | 2 |`),
 * enumerations (`1. 2. 3. 4. 5.`) and sums (`a + b = c`) are not runs.
 */

// one piece: one or two printable ASCII characters but markup's angle brackets
const PIECE = String.raw`[\x21-\x3b=\x3f-\x7e]{1,2}`;
// a run of five or more pieces, one or two spaces apart, with no other ASCII right before or after it (but a clause
// mark typed half-width after the text: 单位:2 G2 m5 …)
// (or markup's: a saved page's <p>8 ^/ ?2 @& l5 P某某</p>)
const RUN = new RegExp(String.raw`(?<=^|[^\x21-\x7e]|>|[^\x00-\x7f][,:;.!?])${PIECE}(?: {1,2}${PIECE}){4,}(?![\x21-\x3b=\x3f-\x7e])`, 'g');
// three pieces a space apart, the least a run holds
const MAYBE_RUN = /[\x21-\x7e] {1,2}[\x21-\x7e]{1,2} {1,2}[\x21-\x7e]{1,2} {1,2}[\x21-\x7e]/;
// a mark: printable ASCII that is neither a letter nor a digit
const MARK = /[^0-9A-Za-z]/;

/** Whether the pieces of a run are a jammer's, not a table row's, an enumeration's or a sum's. */
function isJammerRun(run: string): boolean {
  const pieces = run.split(/ {1,2}/);
  const markedPairs = pieces.filter((p) => p.length === 2 && MARK.test(p)).length;
  const marks = new Set(run.replace(/[0-9A-Za-z ]/g, ''));
  return markedPairs >= 2 && marks.size >= 2 && /[0-9A-Za-z]/.test(run);
}

// a mark that closes a clause, typed half-width right after the text's last word (机构: / 通知.), a run right after it
// or a space between: the text's own
const CLOSING_MARK = /^[,:;.!?)\]}]/;

/** The text without a forum's jammer runs, and how many were taken out; line ends stay where they were. */
export function removeForumJammer(text: string): { text: string; removed: number } {
  // (most texts are passed over here: no three short ASCII pieces a space apart)
  if (!MAYBE_RUN.test(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(RUN, (run: string, at: number) => {
    if (!isJammerRun(run)) return run;
    removed++;
    return at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]) && CLOSING_MARK.test(run) ? run[0] : '';
  });
  return { text: out, removed };
}
