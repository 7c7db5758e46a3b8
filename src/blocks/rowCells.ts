/** The cells of a table row: a markdown (GFM) row's cells, or the tab-separated parts of the line. */
import type { SourceLine } from '../types.js';

export function rowCells(l: SourceLine): string[] {
  return l.cells ?? l.raw.split('\t');
}
