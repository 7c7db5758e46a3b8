/**
 * Page furniture and duplicates that are not content: running headers, page numbers, lines repeated
 * by a page break, and table header rows repeated on every page. Each is dropped with a reason.
 */
import type { Dropped, SourceLine } from '../types.js';
import { isPageNumber, parseRunningHeader, type RunningHeader } from './runningHeader.js';
import { removeAllSpaces } from '../text/normalize.js';

export interface NoiseResult {
  kept: SourceLine[];
  dropped: Dropped[];
  headers: { line: number; header: RunningHeader }[];
}

function drop(l: SourceLine, reason: string): Dropped {
  return { lines: { start: l.line, end: l.line }, reason, text: l.text };
}

export function dropNoise(lines: SourceLine[]): NoiseResult {
  const kept: SourceLine[] = [];
  const dropped: Dropped[] = [];
  const headers: { line: number; header: RunningHeader }[] = [];
  const tableHeads: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const header = parseRunningHeader(l.text);
    if (header) {
      headers.push({ line: l.line, header });
      dropped.push(drop(l, 'running-header'));
      continue;
    }
    if (isPageNumber(l.text) && !l.table) {
      dropped.push(drop(l, 'page-number'));
      continue;
    }
    if (l.table) {
      const key = removeAllSpaces(l.text);
      const prev = kept[kept.length - 1];
      if (!prev || !prev.table) tableHeads.push(key);
      else if (tableHeads.includes(key)) {
        dropped.push(drop(l, 'repeated-table-header'));
        continue;
      }
    } else {
      // A long line repeated verbatim a few lines later (page-break duplication)
      const key = removeAllSpaces(l.text);
      if (key.length >= 20 && kept.slice(-8).some((k) => removeAllSpaces(k.text) === key)) {
        dropped.push(drop(l, 'duplicate-line'));
        continue;
      }
    }
    kept.push(l);
  }
  return { kept, dropped, headers };
}
