/**
 * All citations of a document, from the text of its body, issued texts and attachments, with the line
 * they stand on and their sentence. `issued` citations are linked to the issued text they name.
 */
import type { Document, Node } from '../types.js';
import { findCitations, type CitationKind } from './findCitations.js';
import { titleSimilarity } from '../text/similarity.js';
import { tableRowCitations } from './tableCitations.js';
import { minOf } from '../util/arrays.js';

export interface Citation {
  kind: CitationKind;
  title: string | null;
  docNumber: string | null;
  line: number;
  /** `internal`: the article number (第N条) of this document. */
  article?: number;
  /** `issued`: the title of the issued text it names. */
  target?: string;
  sentence: string;
}

function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('；', index - 1)) + 1;
  const stops = ['。', '；'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  const end = stops.length ? minOf(stops) + 1 : text.length;
  const s = text.slice(start, end).trim();
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
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
        for (const c of tableRowCitations(row, d.docNumber)) {
          out.push({ kind: c.kind, title: c.title, docNumber: c.docNumber, line: Math.min(n.lines.start + r, n.lines.end), sentence: row.filter(Boolean).join(' | ').slice(0, 200) });
        }
      });
      visit(n.children);
    }
  };
  visit(d.body);
  d.issuedTexts.forEach((t) => visit(t.body));
  d.attachments.forEach((a) => visit(a.body));
  return out;
}
