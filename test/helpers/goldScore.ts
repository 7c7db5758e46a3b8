/** Comparing a parse with a hand-checked reading (fixtures/expected): document F1 and field accuracy. */
import type { Document } from '../../src/types.js';
import { countNodes } from '../../src/output/counts.js';

export interface Gold {
  issues: { title: string; year: number; number: number; totalNumber: number | null }[];
  toc: { title: string; docNumber: string; section: string }[];
  documents: { title: string; docNumber: string | null; issuer: string | null; recipients: string | null; signDate: string | null; publicity: string | null; section: string | null; issuedTexts: { title: string }[]; attachments: unknown[]; counts: { chapters: number; articles: number } }[];
}

export const norm = (s: string | null | undefined): string | null => (s == null ? null : s.normalize('NFKC').replace(/[\s*_]/g, '').replace(/[[［【]/g, '〔').replace(/[\]］】]/g, '〕'));

/** Field-by-field comparison; returns the fraction of correct fields over all gold documents. */
export function fieldAccuracy(gold: Gold, docs: Document[]): { f1: number; accuracy: number; misses: string[] } {
  const misses: string[] = [];
  let good = 0;
  let total = 0;
  let matched = 0;
  for (const g of gold.documents) {
    const p = docs.find((d) => (g.docNumber && norm(d.docNumber) === norm(g.docNumber)) || norm(d.title) === norm(g.title));
    const checks: [string, unknown, unknown][] = p ? [
      ['title', norm(g.title), norm(p.title)],
      ['docNumber', norm(g.docNumber), norm(p.docNumber)],
      ['issuer', norm(g.issuer), norm(p.issuer)],
      ['recipients', norm(g.recipients), norm(p.recipients)],
      ['signDate', g.signDate, p.signDate],
      ['publicity', norm(g.publicity), norm(p.publicity)],
      ['issuedTexts', g.issuedTexts.map((t) => norm(t.title)).join('|'), p.issuedTexts.map((t) => norm(t.title)).join('|')],
      ['attachments', g.attachments.length, p.attachments.length],
      ['chapters', g.counts.chapters, countNodes(p).chapters],
      ['articles', g.counts.articles, countNodes(p).articles],
    ] : [];
    if (p) matched++;
    total += 10;
    for (const [field, want, got] of checks) {
      if (want === got) good++;
      else misses.push(`${g.docNumber ?? g.title} ${field}: want ${String(want)} got ${String(got)}`);
    }
  }
  const precision = matched / (docs.length || 1);
  const recall = matched / (gold.documents.length || 1);
  return { f1: (2 * precision * recall) / (precision + recall || 1), accuracy: good / total, misses };
}

