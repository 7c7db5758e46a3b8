/**
 * All citations of a document, from the text of its body, issued texts and attachments, with the line
 * they stand on and their sentence. `issued` citations are linked to the issued text they name.
 */
import type { Citation, Document, Node } from '../types.js';
import { findCitations } from './findCitations.js';

export type { Citation };
import { titleSimilarity } from '../text/similarity.js';
import { tableRowCitations } from './tableCitations.js';
import { sentenceAt, MAX_SENTENCE } from './sentenceAt.js';

/** A table row shown as a sentence: its non-empty cells joined, as long as a sentence is shown. */
function rowSentence(row: string[]): string {
  let s = '';
  for (const cell of row) {
    if (!cell) continue;
    s += s ? ` | ${cell}` : cell;
    if (s.length >= MAX_SENTENCE) break;
  }
  return s.slice(0, MAX_SENTENCE);
}

export function extractCitations(d: Document): Citation[] {
  const out: Citation[] = [];
  const visit = (nodes: Node[]): void => {
    for (const n of nodes) {
      const text = n.text ?? '';
      if (text) {
        for (const c of findCitations(text, d.docNumber)) {
          const cit: Citation = { kind: c.kind, title: c.title, docNumber: c.docNumber, line: n.lines.start, sentence: sentenceAt(text, c.index) };
          if (c.article !== null) cit.article = c.article;
          if (c.kind === 'issued' && c.title) {
            const t = d.issuedTexts.map((x) => ({ x, s: titleSimilarity(x.title, c.title!) })).sort((a, b) => b.s - a.s)[0];
            if (t && t.s >= 0.6) cit.target = t.x.title;
          }
          out.push(cit);
        }
      }
      // rows of a table: one citation per row where its cells name a document (rows stand on consecutive lines)
      n.rows?.forEach((row, r) => {
        if (n.type !== 'table') return;
        const found = tableRowCitations(row, d.docNumber);
        if (!found.length) return;
        // the row as its sentence, built once for all its citations (a row of thousands of cells is one join)
        const sentence = rowSentence(row);
        for (const c of found) out.push({ kind: c.kind, title: c.title, docNumber: c.docNumber, line: Math.min(n.lines.start + r, n.lines.end), sentence });
      });
      visit(n.children);
    }
  };
  visit(d.body);
  d.issuedTexts.forEach((t) => visit(t.body));
  d.attachments.forEach((a) => visit(a.body));
  return out;
}
