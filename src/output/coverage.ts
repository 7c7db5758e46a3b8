/**
 * Coverage report (`gongbao parse --check`): every non-blank source line must end up in exactly one
 * place — a document, issue front matter, the TOC, back matter, or dropped with a reason.
 */
import type { ParseResult } from '../types.js';

export interface Coverage {
  nonBlank: number;
  documents: number;
  frontMatter: number;
  toc: number;
  backMatter: number;
  dropped: Record<string, number>;
  unaccounted: number[];
  /** Lines claimed by more than one place. */
  overlapping: number[];
  /** Characters decoded as U+FFFD because their bytes were not valid text (set by the reader, 0 when none). */
  replaced: number;
}

/** `accountable`: the source lines that hold text (every non-blank line; a web page's lines of visible text). */
export function computeCoverage(result: ParseResult, accountable: number[]): Coverage {
  const owner = new Map<number, string>();
  const overlapping: number[] = [];
  const mustAccount = new Set(accountable);
  const claim = (start: number, end: number, who: string): void => {
    for (let n = start; n <= end; n++) {
      if (!mustAccount.has(n)) continue;
      const prev = owner.get(n);
      if (prev && prev !== who) {
        // dropped page furniture inside a document range belongs to dropped
        if (prev.startsWith('dropped:')) continue;
        if (who.startsWith('dropped:')) {
          owner.set(n, who);
          continue;
        }
        overlapping.push(n);
        continue;
      }
      owner.set(n, who);
    }
  };
  for (const d of result.dropped) claim(d.lines.start, d.lines.end, `dropped:${d.reason}`);
  for (const issue of result.issues) {
    for (const m of issue.frontMatter) claim(m.lines.start, m.lines.end, m.kind.startsWith('toc') ? 'toc' : 'frontMatter');
    for (const e of issue.toc) claim(e.lines.start, e.lines.end, 'toc');
    for (const d of issue.documents) for (const r of d.ranges ?? [d.lines]) claim(r.start, r.end, 'documents');
    for (const m of issue.backMatter) claim(m.lines.start, m.lines.end, 'backMatter');
  }
  const cov: Coverage = { nonBlank: 0, documents: 0, frontMatter: 0, toc: 0, backMatter: 0, dropped: {}, unaccounted: [], overlapping, replaced: 0 };
  for (const n of accountable) {
    cov.nonBlank++;
    const who = owner.get(n);
    if (!who) cov.unaccounted.push(n);
    else if (who.startsWith('dropped:')) {
      const reason = who.slice(8);
      cov.dropped[reason] = (cov.dropped[reason] ?? 0) + 1;
    } else cov[who as 'documents' | 'frontMatter' | 'toc' | 'backMatter']++;
  }
  return cov;
}
