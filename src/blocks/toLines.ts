/** Blocks stage entry point: decoded text → format + SourceLine[] (shared by everything downstream). */
import type { SourceLine } from '../types.js';
import { splitLines } from './splitLines.js';
import { detectFormat } from './detectFormat.js';
import { plainLines } from './plainLines.js';
import { markdownLines } from './markdownLines.js';

export interface LinesResult {
  format: 'markdown' | 'text';
  raw: string[];
  lines: SourceLine[];
}

export function toLines(text: string, format?: 'markdown' | 'text'): LinesResult {
  const raw = splitLines(text);
  const fmt = format ?? detectFormat(raw);
  const lines = fmt === 'markdown' ? markdownLines(raw, raw.join('\n')) : plainLines(raw);
  return { format: fmt, raw, lines };
}
