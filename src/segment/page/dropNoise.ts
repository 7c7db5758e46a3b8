/**
 * Page furniture and duplicates that are not content: running headers, page numbers, a web page's
 * breadcrumb and buttons, lines repeated by a page break, and table header rows repeated on every page.
 * Each is dropped with a reason.
 */
import type { Dropped, SourceLine } from '../../types.js';
import { withoutDatabaseLabel } from './databaseLabel.js';
import { isPageNumber, parseRunningHeader, type RunningHeader } from '../../text/runningHeader.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { shouldJoinLines } from '../../repair/shouldJoinLines.js';
import { isFontSizeControl, isPipeMenu, isWebChrome } from './webChrome.js';
import { isAttachmentNoteLink } from './attachmentNoteLink.js';
import { parseMetadataLine } from './metadataBlock.js';
import { spanOf } from '../lineRanges.js';
import { isLeaderLine } from '../../text/leaders.js';
import { isMarkupOnly } from '../../blocks/htmlRemnants.js';
import { isContainerFence } from '../../blocks/containerFence.js';
import { rowCells } from '../../blocks/rowCells.js';
import { weatherWidgetLines } from './weatherWidget.js';

export interface NoiseResult {
  kept: SourceLine[];
  dropped: Dropped[];
  headers: { line: number; header: RunningHeader }[];
}

// A whole-line HTML comment left by a converter or a law database export (<!-- INFO END -->)
const HTML_COMMENT = /^\s*<!--.*-->\s*$/;

/** Lines at the top of a text where a site's menu is saved with page text. */
const PAGE_TOP = 10;

function drop(l: SourceLine, reason: string): Dropped {
  return { lines: spanOf([l]), reason, text: l.text };
}

/** A row that repeats a table's header row: same first cell, same width, most cells equal. */
function isRepeatedHeader(head: string[], row: string[]): boolean {
  if (head.length !== row.length || head[0] !== row[0] || /^\d/.test(row[0])) return false;
  const same = head.filter((c, i) => c === row[i]).length;
  return same / head.length >= 0.7;
}

export function dropNoise(lines: SourceLine[]): NoiseResult {
  const kept: SourceLine[] = [];
  const dropped: Dropped[] = [];
  const headers: { line: number; header: RunningHeader }[] = [];
  const tableHeads: string[] = [];
  const texts = lines.map((l) => l.text);
  const widget = weatherWidgetLines(texts);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const header = parseRunningHeader(l.text);
    if (header) {
      headers.push({ line: l.line, header });
      dropped.push(drop(l, 'running-header'));
      continue;
    }
    if (l.raw.includes('<!--') && HTML_COMMENT.test(l.raw)) {
      dropped.push(drop(l, 'markup-comment'));
      continue;
    }
    if (isMarkupOnly(l.text) || isContainerFence(l.raw)) {
      dropped.push(drop(l, 'markup'));
      continue;
    }
    // a lone 首页 or a row of links with pipes at the top of page text is the site menu, never a title; so is a weather
    // widget's run of lines (a download link above the signature is the document's 附件说明)
    // (the top of the page's text is counted after the widget)
    const siteMenu = i < PAGE_TOP + widget.size && (removeAllSpaces(l.text) === '首页' || isPipeMenu(l.text));
    if (!l.table && (widget.has(i) || (isWebChrome(l.text) && !isAttachmentNoteLink(lines, i)) || isFontSizeControl(texts, i) || siteMenu)) {
      dropped.push(drop(l, 'web-chrome'));
      continue;
    }
    // a number after a line of leaders is the page of a 目录 entry exported one span a line, not page furniture
    if (isPageNumber(l.text) && !l.table && !(kept.length && isLeaderLine(kept[kept.length - 1].text))) {
      dropped.push(drop(l, 'page-number'));
      continue;
    }
    if (l.table) {
      const cells = rowCells(l).map((c) => removeAllSpaces(c));
      const prev = kept[kept.length - 1];
      if (!prev || !prev.table) tableHeads.push(cells.join('\t'));
      else if (tableHeads.some((h) => isRepeatedHeader(h.split('\t'), cells))) {
        dropped.push(drop(l, 'repeated-table-header'));
        continue;
      }
    } else {
      // A page-top continuation line repeated verbatim a few lines later (page-break duplication);
      // a sentence that the text itself repeats (under two headings) is kept, and so is a line under a page's field
      // line (作者:… 来源:…), which runs on into nothing: a law database prints the title again under its own.
      const key = removeAllSpaces(l.text);
      let at = -1;
      if (key.length >= 20 && !isLeaderLine(key)) for (let n = Math.max(0, kept.length - 8); n < kept.length && at < 0; n++) if (removeAllSpaces(kept[n].text) === key) at = n;
      if (at > 0 && shouldJoinLines(kept[at - 1].text, kept[at - 1], kept[at]) && !parseMetadataLine(kept[at - 1].text)) {
        dropped.push(drop(l, 'duplicate-line'));
        continue;
      }
    }
    // a law database's field label (【题注】, 【章名】) is not the statute's text: the text after it stays, the label goes
    const unlabelled = l.table ? null : withoutDatabaseLabel(l.text);
    if (unlabelled === '') {
      dropped.push(drop(l, 'web-chrome'));
      continue;
    }
    kept.push(unlabelled === null ? l : { ...l, text: unlabelled });
  }
  return { kept, dropped, headers };
}
