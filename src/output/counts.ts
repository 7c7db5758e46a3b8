/** Counts of structural nodes in a document (chapters, articles, items), over body, issued texts and attachments. */
import type { Document, Node } from '../types.js';

export interface NodeCounts {
  chapters: number;
  articles: number;
  items: number;
}

export function countNodes(doc: Document): NodeCounts {
  const out: NodeCounts = { chapters: 0, articles: 0, items: 0 };
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.type === 'chapter') out.chapters++;
      else if (n.type === 'article') out.articles++;
      else if (n.type === 'item') out.items++;
      walk(n.children);
    }
  };
  walk(doc.body);
  for (const t of doc.issuedTexts) walk(t.body);
  for (const a of doc.attachments) walk(a.body);
  return out;
}
