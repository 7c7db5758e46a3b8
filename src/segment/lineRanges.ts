/** Source line ranges of a run of SourceLines, which repairs may have merged or moved. */
import type { LineRange, SourceLine } from '../types.js';
import { maxOf } from '../util/arrays.js';

export function sourceLinesOf(l: SourceLine): number[] {
  return l.parts ?? [l.line];
}

export function lastSourceLine(l: SourceLine): number {
  return l.parts ? maxOf(l.parts) : l.line;
}

/** Ranges in reading order: consecutive source lines (blank lines between allowed) form one range. */
export function readingRanges(lines: SourceLine[], gap = 2): LineRange[] {
  const ranges: LineRange[] = [];
  for (const l of lines) {
    for (const n of sourceLinesOf(l)) {
      const r = ranges[ranges.length - 1];
      if (r && n > r.end && n - r.end <= gap) r.end = n;
      else if (r && n >= r.start && n <= r.end) continue;
      else ranges.push({ start: n, end: n });
    }
  }
  return ranges;
}

/** Overall span (min start, max end) of some lines. */
export function spanOf(lines: SourceLine[]): LineRange {
  let start = Infinity;
  let end = -Infinity;
  for (const l of lines) for (const n of sourceLinesOf(l)) {
    start = Math.min(start, n);
    end = Math.max(end, n);
  }
  return { start, end };
}
