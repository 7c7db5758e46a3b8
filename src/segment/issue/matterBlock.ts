/** A run of lines that is not a document (masthead, TOC heading, section label, back matter). */
import type { MatterBlock, SourceLine } from '../../types.js';
import { spanOf } from '../lineRanges.js';

export function matterBlock(lines: SourceLine[], from: number, to: number, kind: string): MatterBlock {
  return { kind, lines: spanOf(lines.slice(from, to)), text: lines.slice(from, to).map((l) => l.text).join('\n') };
}
