/**
 * Link TOC entries to documents by title similarity (printed numbers can be wrong), then what is left by an
 * identical 发文字号, and report every mismatch: number differs, title differs, entry without document, document
 * without entry.
 */
import type { Document, TocEntry, Warning } from '../../types.js';
import { titleSimilarity } from '../../text/similarity.js';
import { normalizeDocNumber } from '../../text/docNumber.js';

export const TOC_LINK_THRESHOLD = 0.8; // titles of one gazette share long prefixes (某市人民政府关于印发…): weaker pairs are reported, not linked

/** The title from its 关于 on: TOCs often print titles without the issuer prefix. */
function fromAbout(title: string): string {
  const at = title.indexOf('关于');
  return at > 0 ? title.slice(at) : title;
}

/** Similarity of a TOC title and a document title, the issuer prefix of either side left out where it helps. */
export function tocTitleSimilarity(entry: string, doc: string): number {
  return Math.max(titleSimilarity(entry, doc), titleSimilarity(fromAbout(entry), fromAbout(doc)));
}

export function linkToc(entries: TocEntry[], docs: Document[], warnings: Warning[]): void {
  const pairs: { e: number; d: number; s: number }[] = [];
  entries.forEach((e, ei) => docs.forEach((d, di) => {
    const s = tocTitleSimilarity(e.title, d.title);
    if (s >= TOC_LINK_THRESHOLD) pairs.push({ e: ei, d: di, s });
  }));
  pairs.sort((a, b) => b.s - a.s || a.e - b.e);
  const usedE = new Set<number>();
  const usedD = new Set<number>();
  for (const p of pairs) {
    if (usedE.has(p.e) || usedD.has(p.d)) continue;
    usedE.add(p.e);
    usedD.add(p.d);
    const e = entries[p.e];
    const d = docs[p.d];
    e.documentId = d.id;
    if (e.section) d.section = e.section;
    if (p.s < 0.95) warnings.push({ code: 'toc-title-differs', message: `TOC title "${e.title}" differs from document title "${d.title}"`, line: e.lines.start });
    if (e.docNumber && d.docNumber && normalizeDocNumber(e.docNumber) !== normalizeDocNumber(d.docNumber)) {
      warnings.push({ code: 'toc-number-differs', message: `TOC number ${e.docNumber} differs from document number ${d.docNumber} ("${d.title}")`, line: e.lines.start });
    }
  }
  // an entry and a document left over with the same 发文字号, the only one with it: the same text under a title the
  // TOC prints otherwise (shortened, or as an earlier draft named it)
  entries.forEach((e, i) => {
    if (usedE.has(i) || !e.docNumber) return;
    const no = normalizeDocNumber(e.docNumber);
    const same = docs.flatMap((d, di) => (!usedD.has(di) && d.docNumber && normalizeDocNumber(d.docNumber) === no ? [di] : []));
    if (same.length !== 1) return;
    const d = docs[same[0]];
    usedE.add(i);
    usedD.add(same[0]);
    e.documentId = d.id;
    if (e.section) d.section = e.section;
    warnings.push({ code: 'toc-title-differs', message: `TOC title "${e.title}" differs from document title "${d.title}" (linked by their number ${d.docNumber})`, line: e.lines.start });
  });
  entries.forEach((e, i) => {
    if (usedE.has(i)) return;
    // an entry for a text that a document issues (an order's 条例, a notice's 办法) links to that document
    const owner = docs.find((d) => d.issuedTexts.some((t) => titleSimilarity(t.title, e.title) >= 0.9));
    if (owner) {
      e.documentId = owner.id;
      usedE.add(i);
      return;
    }
    warnings.push({ code: 'toc-entry-without-document', message: `TOC entry "${e.title}" has no document in the text`, line: e.lines.start });
  });
  if (entries.length) docs.forEach((d, i) => {
    if (!usedD.has(i)) warnings.push({ code: 'document-without-toc-entry', message: `document "${d.title}" is not in the table of contents`, line: d.lines.start });
  });
}
