/** Blocks stage entry point: decoded text → format + SourceLine[] (shared by everything downstream). */
import type { SourceLine } from '../types.js';
import { splitLines } from './splitLines.js';
import { detectFormat } from './detectFormat.js';
import { plainLines } from './plainLines.js';
import { markdownLines } from './markdownLines.js';
import { lineMarkdownLines } from './lineMarkdownLines.js';
import { markdownRisk } from './markdownRisk.js';

export interface LinesResult {
  format: 'markdown' | 'text';
  raw: string[];
  lines: SourceLine[];
  /** Why markdown was read line by line instead of by remark, or null. */
  simplified: string | null;
}

export function toLines(text: string, format?: 'markdown' | 'text'): LinesResult {
  const raw = splitLines(text);
  const fmt = format ?? detectFormat(raw);
  const risk = fmt === 'markdown' ? markdownRisk(raw, text.length) : null;
  const lines = fmt === 'text' ? plainLines(raw) : risk ? lineMarkdownLines(raw) : markdownLines(raw, raw.join('\n'));
  return { format: fmt, raw, lines, simplified: risk };
}
