/**
 * Bold drawn by overprinting: the same text drawn again a fraction of a character to the side. Text extraction
 * then doubles every glyph (`关关于于`); here the copy is removed by position and what it copied marked bold.
 * pdf.js may merge a copy with the text drawn after it (`第三十条` + `第三十条 各级…`), or the original with
 * what follows it: a copy that is the start of another run on the same spot counts too.
 */
import type { PdfRun } from './pdfTypes.js';

/** How far a copy may sit from the run it copies, as a share of the font size. */
const OFFSET = 0.25;

function sameSpot(a: PdfRun, b: PdfRun): boolean {
  return Math.abs(a.x - b.x) < OFFSET * a.size && Math.abs(a.top - b.top) < OFFSET * a.size && Math.abs(a.size - b.size) < 0.1 * a.size;
}

/** `run` without its first `chars` characters, moved right by `width`. */
function rest(run: PdfRun, chars: number, width: number): PdfRun {
  return { ...run, text: run.text.slice(chars), x: run.x + width, width: Math.max(0, run.width - width) };
}

export function removeOverprint(runs: PdfRun[]): PdfRun[] {
  const order = [...runs].sort((a, b) => a.top - b.top || a.x - b.x);
  const kept: PdfRun[] = [];
  // kept runs from here on are on the baseline of the run being looked at
  let lineStart = 0;
  for (const r of order) {
    while (lineStart < kept.length && r.top - kept[lineStart].top > OFFSET * r.size) lineStart++;
    let run: PdfRun | null = { ...r };
    for (let k = lineStart; run && k < kept.length; k++) {
      const o = kept[k];
      if (!sameSpot(o, run)) continue;
      if (o.text === run.text) {
        o.bold = true;
        run = null;
      } else if (run.text.startsWith(o.text)) {
        // a copy that runs on into the text after it: keep only that text
        o.bold = true;
        run = rest(run, o.text.length, o.width);
        if (run.text.trim() === '') run = null;
      } else if (o.text.startsWith(run.text)) {
        // a copy of the start of a longer run: that start is bold
        kept.splice(k, 1, { ...o, text: run.text, width: run.width, bold: true }, rest(o, run.text.length, run.width));
        run = null;
      }
    }
    if (run) kept.push(run);
  }
  return kept;
}
