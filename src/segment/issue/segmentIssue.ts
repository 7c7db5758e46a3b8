/** One issue's lines → TOC, documents, front and back matter. */
import { matterBlock } from './matterBlock.js';
import type { Document, MatterBlock, SourceLine, TocEntry, Warning } from '../../types.js';
import { isTocHeading, parseToc } from './toc.js';
import { findDocumentStarts, type DocStart } from '../header/documentStarts.js';
import { buildDocument } from '../parts/buildDocument.js';
import { findBackMatterStart, isChronicleHeading, nonDocumentColumn } from './backMatter.js';
import { parseSectionLabel } from './sectionLabel.js';
import { isOrderTitle, issuesInOpening, issuesSeveral, issuedNames, namesTitle, promulgatedNames, promulgatesNamedTexts } from '../parts/issuedNames.js';
import { mergeRepeatedHeaders, withTitleCopyAbove } from '../header/repeatedHeader.js';
import { fallbackStart } from '../header/fallbackStart.js';
import { parseTitleNote } from '../header/titleNote.js';
import { titleSimilarity } from '../../text/similarity.js';
import { isOrderCode } from '../../text/docNumber.js';

export interface SegmentedIssue {
  toc: TocEntry[];
  documents: Document[];
  frontMatter: MatterBlock[];
  backMatter: MatterBlock[];
}


/** How many lines of an order's body are read for the names of what it promulgates. */
const ORDER_OPENING_LINES = 4;

/** A name without the bracketed status a title may end with: 某市某事条例(草案修改稿) → 某市某事条例. */
function withoutTrailingBracket(name: string): string {
  return name.replace(/[(（][^()（）]{1,15}[)）]$/, '');
}

/** Drop candidate starts that are the header of a text the previous document issues, forwards or promulgates. */
function withoutIssuedTexts(lines: SourceLine[], starts: DocStart[]): DocStart[] {
  const out: DocStart[] = [];
  for (const s of starts) {
    const prev = out[out.length - 1];
    if (!prev || /关于/.test(s.title.title.replace(/^.*?关于/, ''))) {
      out.push(s);
      continue;
    }
    // an order, any document whose opening promulgates a named text (an order number under a statute's name), or a
    // notice of several texts (…等三个文件的通知) names them in 《》 in its opening lines
    const openingLines = lines.slice(prev.headerEnd + 1, Math.min(s.first, prev.headerEnd + 1 + ORDER_OPENING_LINES)).map((l) => l.text);
    // (a document printed without its title names what it issues in its opening only: 现将《某某规则》印发给你们)
    const namesInOpening = promulgatesNamedTexts(prev.title.title, openingLines) || issuesSeveral(prev.title.title) || (prev.untitled === true && issuesInOpening(openingLines));
    const names = namesInOpening ? [...issuedNames(prev.title.title), ...promulgatedNames(openingLines)] : issuedNames(prev.title.title);
    // (names compared without a bracketed status at their end: 某条例(草案) is the text printed as 某条例 / (草案修改稿))
    if (namesTitle(names.map(withoutTrailingBracket), withoutTrailingBracket(s.title.title), 0.85)) continue;
    if (promulgatesStatuteAbove(lines, prev, s)) continue;
    out.push(s);
  }
  return out;
}

/**
 * The order or 公告 that promulgates a statute, printed right under the statute's title and 题注 (a law database puts
 * it there, before the first article): part of the statute's header, not a document of its own.
 */
function promulgatesStatuteAbove(lines: SourceLine[], statute: DocStart, order: DocStart): boolean {
  // (an order: 某某令 / 第N号, or an announcement numbered so: 某某常务委员会公告 / 第28号)
  const isOrder = isOrderTitle(order.title.title) || isOrderCode(order.number?.code ?? '');
  if (statute.kind !== 'adoption' || !isOrder) return false;
  // nothing but the 题注 between them
  for (let k = statute.headerEnd + 1; k < order.first; ) {
    const note = parseTitleNote(lines, k, order.first);
    if (!note) return false;
    k = note.last + 1;
  }
  const opening = lines.slice(order.headerEnd + 1, order.headerEnd + 1 + ORDER_OPENING_LINES).map((l) => l.text);
  return promulgatedNames(opening).some((n) => titleSimilarity(n, statute.title.title) >= 0.85);
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
    for (const m of r.mastheadLines) frontMatter.push(matterBlock(lines, m, m + 1, 'masthead'));
    from = r.end;
  }
  const starts = mergeRepeatedHeaders(lines, withoutIssuedTexts(lines, findDocumentStarts(lines, from, lines.length)));
  if (starts.length === 0) {
    // Never zero documents: the text becomes one document, titled by its first title-like line.
    const headerless = fallbackStart(lines, from, lines.length);
    // (a text of labelled lines alone holds none: its lines are the issue's front matter, none of them lost)
    if (!headerless) {
      if (from < lines.length) frontMatter.push(matterBlock(lines, from, lines.length, 'front'));
      return { toc, documents: [], frontMatter, backMatter };
    }
    starts.push(headerless);
  }
  starts.forEach((s, n) => (starts[n] = withTitleCopyAbove(lines, s, n > 0 ? starts[n - 1].headerEnd + 1 : from)));
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
    if (s.untitled) warnings.push({ code: 'untitled-document', message: `no title printed above or below the 发文字号: the document is titled by its number "${s.title.title}"`, line: lines[s.first].line });
    // a title naming a kind of text, closed by a signature, is a document; anything less is reported
    if (s.kind === 'fallback' && !(doc.docType && doc.signDateSource === 'signature')) {
      warnings.push({
        code: 'document-without-header',
        message: `no 发文字号, 主送, 题注, signature or chapter/article opening under a title: whole text taken as one document titled "${s.title.title}"`,
        line: lines[s.first].line,
      });
    }
    const label = s.first > 0 ? parseSectionLabel(lines[s.first - 1].text) : null;
    if (label) section = label;
    if (section) doc.section = section;
    documents.push(doc);
  });
  return { toc, documents, frontMatter, backMatter };
}
