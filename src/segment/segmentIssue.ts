/** One issue's lines → TOC, documents, front and back matter. */
import { matterBlock } from './matterBlock.js';
import type { Document, MatterBlock, SourceLine, TocEntry, Warning } from '../types.js';
import { isTocHeading, parseToc } from './toc.js';
import { findDocumentStarts, type DocStart } from './documentStarts.js';
import { buildDocument } from './buildDocument.js';
import { findBackMatterStart, isChronicleHeading, nonDocumentColumn } from './backMatter.js';
import { parseSectionLabel } from './sectionLabel.js';
import { issuedNames } from './issuedNames.js';
import { titleSimilarity } from '../text/similarity.js';

export interface SegmentedIssue {
  toc: TocEntry[];
  documents: Document[];
  frontMatter: MatterBlock[];
  backMatter: MatterBlock[];
}


/** Drop candidate starts that are the header of a text the previous document issues or forwards. */
function withoutIssuedTexts(starts: DocStart[]): DocStart[] {
  const out: DocStart[] = [];
  for (const s of starts) {
    const prev = out[out.length - 1];
    if (prev && !/关于/.test(s.title.title.replace(/^.*?关于/, '')) && issuedNames(prev.title.title).some((n) => titleSimilarity(n, s.title.title) >= 0.85)) continue;
    out.push(s);
  }
  return out;
}

export function segmentIssue(lines: SourceLine[], makeId: (d: DocStart) => string, warnings: Warning[]): SegmentedIssue {
  const frontMatter: MatterBlock[] = [];
  const backMatter: MatterBlock[] = [];
  let from = 0;
  let toc: TocEntry[] = [];

  const tocAt = lines.findIndex((l) => isTocHeading(l.text));
  // a 目录 line is the issue's table of contents only when no document starts before it
  if (tocAt >= 0 && findDocumentStarts(lines, 0, tocAt).length === 0) {
    const r = parseToc(lines, tocAt + 1);
    toc = r.entries;
    if (tocAt > 0) frontMatter.push(matterBlock(lines, 0, tocAt, 'front'));
    frontMatter.push(matterBlock(lines, tocAt, tocAt + 1, 'toc-heading'));
    for (const s of r.sections) frontMatter.push(matterBlock(lines, s.index, s.index + 1, 'toc-section'));
    from = r.end;
  }
  const starts = withoutIssuedTexts(findDocumentStarts(lines, from, lines.length));
  if (starts.length === 0) {
    if (from < lines.length) {
      warnings.push({ code: 'no-documents', message: 'no official document (title + 发文字号, 主送 or adoption note) found in this issue', line: lines[from].line });
      frontMatter.push(matterBlock(lines, from, lines.length, 'unrecognised'));
    }
    return { toc, documents: [], frontMatter, backMatter };
  }
  if (starts[0].first > from) frontMatter.push(matterBlock(lines, from, starts[0].first, 'front'));

  // Trailing back matter (editorial box, slogans) after the last document
  let end = lines.length;
  const bm = findBackMatterStart(lines, starts[starts.length - 1].first + 1, end);
  if (bm < end) {
    backMatter.push(matterBlock(lines, bm, end, 'editorial'));
    end = bm;
  }

  const documents: Document[] = [];
  let section: string | null = null;
  starts.forEach((s, n) => {
    let stop = n + 1 < starts.length ? starts[n + 1].first : end;
    // A section label right before the next document belongs to the issue, not to this document.
    if (n + 1 < starts.length && stop - 1 > s.headerEnd && parseSectionLabel(lines[stop - 1].text)) {
      frontMatter.push(matterBlock(lines, stop - 1, stop, 'section-label'));
      stop--;
    }
    // A chronicle (大事记) or a column without documents (政策解读, 人事任免…) is not part of the document before it.
    for (let k = s.headerEnd + 1; k < stop; k++) {
      const column = isChronicleHeading(lines[k].text) ? 'chronicle' : nonDocumentColumn(lines[k].text) ? `column:${nonDocumentColumn(lines[k].text)}` : null;
      if (column) {
        backMatter.push(matterBlock(lines, k, stop, column));
        stop = k;
        break;
      }
    }
    const doc = buildDocument(lines, s, stop, makeId(s), warnings);
    const label = s.first > 0 ? parseSectionLabel(lines[s.first - 1].text) : null;
    if (label) section = label;
    if (section) doc.section = section;
    documents.push(doc);
  });
  return { toc, documents, frontMatter, backMatter };
}
