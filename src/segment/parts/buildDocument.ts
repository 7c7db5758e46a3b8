/**
 * One document's elements (GB/T 9704): header, 主送, body, signature, publicity, issued texts and
 * attachments, from its lines[first..end) (end exclusive).
 */
import type { Attachment, Document, IssuedText, SourceLine, Warning } from '../../types.js';
import { opensStatuteBody, type DocStart } from '../header/documentStarts.js';
import { parseHeaderTail } from '../header/headerTail.js';
import { findSignature } from './signature.js';
import { parsePublicity } from '../../text/publicity.js';
import { parseTitleNote } from '../header/titleNote.js';
import { titleNoteNumber } from '../header/titleNoteNumber.js';
import { isOrderCode, issuerOfOrderCode } from '../../text/docNumber.js';
import { isIssuerMarkLine, issuerOfMark } from '../header/issuerMark.js';
import { titleNoteIssuer } from '../header/titleNoteIssuer.js';
import { isPlacelessOrgan } from '../header/issuerAboveTitle.js';
import { organBeforeKind } from '../header/issuerPrefix.js';
import { findImprint } from './imprint.js';
import { detectDocType } from '../../text/docType.js';
import { isAnnouncingSentence, isIssuingTitle, issuesInOpening, issuedNames, issuesSeveral, namesTitle, promulgatedNames, promulgatesNamedTexts } from './issuedNames.js';
import { isTitleFragment } from '../header/titleBlock.js';
import { titleSimilarity } from '../../text/similarity.js';
import { endsSentence, removeAllSpaces, removeLayoutSpaces } from '../../text/normalize.js';
import { abbreviates, looksLikeOrganName } from '../../text/organName.js';
import { readingRanges, spanOf } from '../lineRanges.js';
import { extractCitations } from '../../cite/extractCitations.js';
import { buildTree } from '../../structure/buildTree.js';
import { parseAttachmentLabel } from '../../text/attachmentLabel.js';
import { parseAttachmentList, type ListedAttachment } from './attachmentList.js';
import { isCalendarDate } from '../../text/dates.js';
import { issuedTextLabelAt } from './issuedTextLabel.js';
import { holdsText } from './textAfterSignature.js';
import { parseHeaderDate } from '../header/headerDate.js';
import { parseMarker } from '../../text/markers.js';
import { isBookTitle } from '../../text/bookTitle.js';
import { opensRunningText } from '../../text/wholeTitle.js';

/**
 * Where the issued text of an unsigned notice starts when it is printed without its title: a statute's first
 * chapter or article right after the notice's short body has ended its sentence (现将《某某规程》发给你们，请遵照执行。
 * / 第一章 总则). Null when there is none.
 */
function untitledStatuteAt(lines: SourceLine[], bodyStart: number, to: number): number | null {
  for (let k = bodyStart + 1; k < Math.min(to, bodyStart + LINES_BEFORE_ISSUED_TITLE); k++) {
    if (opensStatuteBody(lines[k].text)) return endsSentence(lines[k - 1].text) ? k : null;
  }
  return null;
}

interface PrintedAttachment {
  number: number | null;
  title: string | null;
  first: number;
  bodyFrom: number;
  end: number;
}

/** How far below a signature the title of the text a notice issues is looked for (past its announcing sentence). */
const LINES_BEFORE_ISSUED_TITLE = 6;

/** How many organ lines a text's makers may stack above its title. */
const MAX_MAKER_LINES = 12;

/**
 * Where the title starts under the makers of a text stacked one a line above it (a forwarded text: 某市发展改革委 /
 * 某市邮政局 / 某市财政局 / 支持某某发展实施办法), or `at` itself. One organ line over a 关于 line is the title's own first
 * line (某市人民政府 / 关于某事的意见), not its maker.
 */
function belowMakers(lines: SourceLine[], at: number, to: number): number {
  let j = at;
  while (j < to && j - at < MAX_MAKER_LINES && looksLikeOrganName(removeAllSpaces(lines[j].text))) j++;
  if (j === at || j >= to || !isTitleFragment(lines[j]) || !detectDocType(removeLayoutSpaces(lines[j].text))) return at;
  return j - at >= 2 || !/^关于/.test(removeAllSpaces(lines[j].text)) ? j : at;
}

function issuedTitleAt(lines: SourceLine[], at: number, to: number): { title: string; last: number } | null {
  // a label above the text (某政办发〔2021〕2号附件) is its place, not its title; so are its makers stacked above it
  const i = belowMakers(lines, at + issuedTextLabelAt(lines, at, to), to);
  // a name in book brackets alone on its line (《某市某某办法》) mentions the text: the head of the announcing
  // sentence, cut from its verb in a two-column extraction; the text's own title is printed bare
  // nor is the 题注 of a statute printed without its title again under the order that promulgates it
  // (a 题注 opens with its bracket or its date: other lines are not asked)
  if (i >= to || !isTitleFragment(lines[i]) || isAnnouncingSentence(lines[i].text) || isBookTitle(lines[i].text) || (/^[\s\u3000]*[（(\d〇○一二]/.test(lines[i].text) && parseTitleNote(lines, i, to))) return null;
  // a line of running text wrapped before its full stop (2016年是某某之年,也是推进 / 某某之年。) is no title
  if (/[，,；;]/.test(lines[i].text) && !detectDocType(removeLayoutSpaces(lines[i].text))) return null;
  let last = i;
  let title = lines[i].text;
  // join a wrapped title until it ends with a kind of text (方案, 办法…), never into the text's first sentence
  while (!detectDocType(removeLayoutSpaces(title)) && last + 1 < to && last - i < 2 && isTitleFragment(lines[last + 1]) && !/^[（(]/.test(lines[last + 1].text.trim()) && !opensRunningText(lines[last + 1].text)) {
    last++;
    title += ' ' + lines[last].text;
  }
  // (试行) or (暂行) on the line under the title is part of the text's name (某某办法(试行)), not a draft's status note
  if (last + 1 < to && /^[（(][\s\u3000]*(试[\s\u3000]*行|暂[\s\u3000]*行)[\s\u3000]*[)）]$/.test(lines[last + 1].text.trim())) {
    last++;
    title += lines[last].text;
  }
  return { title: removeLayoutSpaces(title), last };
}

function findPrintedAttachments(lines: SourceLine[], from: number, to: number): PrintedAttachment[] {
  const out: PrintedAttachment[] = [];
  for (let i = from; i < to; i++) {
    const label = parseAttachmentLabel(lines[i].text);
    if (!label) continue;
    // `附件：` followed by `1.…` is an attachment list, not a printed attachment
    if (label.number === null && i + 1 < to && /^(?:[-•·]\s*)?\d{1,2}\s*[.．、]/.test(lines[i + 1].text.trim())) continue;
    // a bare label that ends the text prints nothing (a page's empty 附件 box)
    if (!label.title && i + 1 >= to) continue;
    let title = label.title;
    let first = i;
    let bodyFrom = i + 1;
    if (!title) {
      if (i + 1 < to && isTitleFragment(lines[i + 1]) && !parseAttachmentLabel(lines[i + 1].text)) {
        title = removeLayoutSpaces(lines[i + 1].text);
        bodyFrom = i + 2;
      } else if (i - 1 >= from && isTitleFragment(lines[i - 1]) && (out.length === 0 || out[out.length - 1].bodyFrom < i - 1)) {
        title = removeLayoutSpaces(lines[i - 1].text);
        first = i - 1;
      }
    }
    if (out.length) out[out.length - 1].end = first;
    out.push({ number: label.number, title, first, bodyFrom, end: to });
  }
  return out;
}

export function buildDocument(lines: SourceLine[], start: DocStart, docEnd: number, id: string, warnings: Warning[]): Document {
  const tb = start.title;
  // 版记 (抄送, 印发机关 and date) closes the document: the parts below end where it begins
  const imprint = findImprint(lines, start.headerEnd + 1, docEnd);
  const end = imprint ? imprint.first : docEnd;
  let i = start.headerEnd + 1;
  let signDate: string | null = null;
  let signDateSource: Document['signDateSource'] = null;
  let issuer = tb.issuer;
  let issuerSource: Document['issuerSource'] = issuer ? 'title' : null;

  // below the title: the 题注, a number printed under it, the 主送
  const tail = parseHeaderTail(lines, i, end, start.number?.normalized ?? null, tb.title);
  const rec = tail.recipients;
  const recipients = rec ? rec.value : null;
  const bodyStart = tail.bodyStart;

  // 题注 right under the title of a law or regulation: its 通过 (or approval/promulgation) date is the document's date
  const noteAbove = start.noteAt !== undefined ? parseTitleNote(lines, start.noteAt, end) : null;
  const note = noteAbove ?? tail.note;
  if (note?.signDate) {
    signDate = note.signDate;
    signDateSource = 'adoption';
  }
  // a statute's maker is the body its 题注 names (the congress or committee that adopted it, the promulgating organ)
  const noteIssuer = note && !issuer ? titleNoteIssuer(note.text) : null;
  if (noteIssuer) {
    issuer = noteIssuer;
    issuerSource = 'titleNote';
  }

  const sig = findSignature(lines, bodyStart, end);
  let publicity: string | null = null;
  if (sig) {
    if (!signDate && sig.date) {
      signDate = sig.date;
      signDateSource = 'signature';
    }
    publicity = sig.publicity;
    // (joint issuers a title's prefix writes without a mark between them, 中共某市委办公室某市人民政府办公室印发…: the
    // signature names them one by one)
    if (issuer && sig.organs.length > 1 && removeAllSpaces(issuer) === sig.organs.map(removeAllSpaces).join('')) issuer = sig.organs.join('、');
    // (a title's prefix that leaves out the place, 区人民政府办公室关于…: the signature names the organ in full,
    // 某市某区人民政府办公室)
    else if (issuer && sig.organs.length === 1 && isPlacelessOrgan(issuer)) {
      const full = removeAllSpaces(sig.organs[0]);
      if (full.length > issuer.length && full.endsWith(removeAllSpaces(issuer))) issuer = full;
    }
    // (a title's prefix that abbreviates the organ, 某市安委会办公室关于…: the signature names it in full, 某市安全生产
    // 委员会办公室)
    else if (issuer && sig.organs.length === 1 && abbreviates(issuer, sig.organs[0])) issuer = removeAllSpaces(sig.organs[0]);
    if (!issuer && sig.organs.length) {
      issuer = sig.organs.join('、');
      issuerSource = 'signature';
    }
  }
  // no organ in the title or signature: the 发文机关标志 of the 版头 (某某省某某厅文件) names it
  if (!issuer) {
    // (the 文件 line, else an organ's name alone at the head of the 版头, above the number)
    const head = start.numberIndex !== null && start.first < start.numberIndex ? lines.slice(start.first, start.numberIndex) : [];
    // (a line of the title itself is no mark: an organ's name the title wraps, 某县某某的 / 肺炎疫情防控指挥部 / 通告)
    const inTitle = (l: SourceLine) => removeAllSpaces(tb.title).includes(removeAllSpaces(l.text));
    const mark = lines.slice(start.first, tb.first + 1).find((l) => isIssuerMarkLine(l.text)) ?? head.find((l) => issuerOfMark(l.text) && !inTitle(l));
    if (mark) {
      issuer = issuerOfMark(mark.text);
      issuerSource = 'title';
    }
  }
  // no signature date: the 成文日期 a web copy prints under the title (with its organ beside it), or above the 主送
  const headerDateLines: number[] = [];
  for (let h = tb.last + 1; h <= start.headerEnd; h++) headerDateLines.push(h);
  if (tail.date) headerDateLines.push(tail.date.index);
  for (const h of headerDateLines) {
    if (signDate) break;
    const hd = parseHeaderDate(lines[h].text);
    if (!hd) continue;
    signDate = hd.iso;
    signDateSource = 'header';
    if (!issuer && hd.organs.length) {
      issuer = hd.organs.join('、');
      issuerSource = 'signature';
    }
  }
  // no organ named anywhere else: a formal kind's title without 关于 opens with it (某县人民政府征收土地预公告)
  if (!issuer) {
    issuer = organBeforeKind(tb.title);
    if (issuer) issuerSource = 'title';
  }
  // …or an order's number, its year not in brackets, names the organ whose order it is (某市人民政府令第4号, printed in
  // a compilation's note); a 发文字号's code is an abbreviation (某政征启公告〔2024〕5号)
  if (!issuer && start.number && start.number.year === null && isOrderCode(start.number.code) && looksLikeOrganName(issuerOfOrderCode(start.number.code))) {
    issuer = issuerOfOrderCode(start.number.code);
    issuerSource = 'docNumber';
  }
  // a printed date that is no day of the calendar (2023年2月30日) is kept in the text, never given as a date
  if (signDate && !isCalendarDate(signDate)) {
    const printed = signDateSource === 'signature' && sig ? lines[sig.dateIndex] : null;
    warnings.push({ code: 'impossible-date', message: `${printed ? `the printed date "${printed.text.trim()}"` : `the date ${signDate}`} is not a day of the calendar: "${tb.title}" gets no signDate`, line: printed ? printed.line : lines[start.headerEnd].line });
    signDate = null;
    signDateSource = null;
  }
  if (!publicity) {
    for (let k = bodyStart; k < end; k++) {
      const p = parsePublicity(lines[k].text);
      if (p) {
        publicity = p;
        break;
      }
    }
  }

  // Printed attachments end the body / issued texts.
  const afterHeader = sig ? sig.last + 1 : bodyStart;
  const printed = findPrintedAttachments(lines, afterHeader, end);
  const contentEnd = printed.length ? printed[0].first : end;

  // Issued texts: after the signature block of an issuing notice, or at a line naming the issued text.
  const issuedTexts: IssuedText[] = [];
  let noticeEnd = contentEnd;
  let names = issuedNames(tb.title);
  // An order (令) promulgates the texts its body names in 《》: 《XX办法》已经…通过，现予公布 (so does a document
  // whose opening says so under another title: an order number printed under the statute's name)
  const openingTexts = lines.slice(bodyStart, sig ? sig.first : Math.min(end, bodyStart + 3)).map((l) => l.text);
  // (and a document printed without its title issues what its opening names: 现将《某某规则》印发给你们)
  const isOrder = promulgatesNamedTexts(tb.title, openingTexts) || (!!start.untitled && issuesInOpening(openingTexts));
  if (isOrder) {
    // (an order's items cite texts, 一、延长《5号令》执行时间: the texts it promulgates are named before its items)
    names = promulgatedNames(openingTexts.filter((t) => !parseMarker(t)));
  } else if (issuesSeveral(tb.title)) {
    // …等三个文件的通知: the opening sentence names every text (《A》《B》和《C》已经…同意，现印发给你们)
    const named = promulgatedNames(openingTexts);
    if (named.length > names.length) names = named;
  }
  if (isIssuingTitle(tb.title) || (isOrder && names.length)) {
    const starts: { index: number; title: string; last: number }[] = [];
    if (sig && sig.last + 1 < contentEnd) {
      let at = sig.last + 1;
      let t = issuedTitleAt(lines, at, contentEnd);
      // the announcing sentence or a publicity note printed below the signature: the text starts at its own title
      for (let k = at + 1; !t && k < Math.min(contentEnd, at + LINES_BEFORE_ISSUED_TITLE); k++) {
        const named = issuedTitleAt(lines, k, contentEnd);
        if (named && namesTitle(names, named.title, 0.75)) {
          at = k;
          t = named;
        }
      }
      // (a text named as the document itself, not printed again under its own title, is the document's own text:
      // a statute whose promulgating 公告 a database printed in its header)
      const ownText = !t && titleSimilarity(names[0] ?? '', tb.title) >= 0.85;
      // (nor is a page's trailer under the signature, 来源：某某融媒体中心, a text: with no title found, the lines must
      // hold one)
      const trailer = !t && !holdsText(lines.slice(at, contentEnd).map((l) => l.text));
      if (!ownText && !trailer) starts.push({ index: at, title: t ? t.title : names[0] ?? '', last: t ? t.last : sig.last });
    } else if (!sig) {
      // (the title's name, or the one its opening sentence quotes: 某局《某某方案》已经市人民政府同意，现转发给你们 —
      // a title that forwards names the text with its drafting organs before it)
      const known = [...names, ...promulgatedNames(openingTexts)];
      for (let k = bodyStart; k < contentEnd; k++) {
        const t = issuedTitleAt(lines, k, contentEnd);
        if (t && namesTitle(known, t.title, 0.75)) {
          starts.push({ index: k, title: t.title, last: t.last });
          break;
        }
      }
      const untitled = starts.length || !names.length ? null : untitledStatuteAt(lines, bodyStart, contentEnd);
      if (untitled !== null) starts.push({ index: untitled, title: names[0], last: untitled - 1 });
    }
    if (starts.length && names.length <= 1) {
      // One name for several texts (关于印发A、B和C领域…方案的通知): later titles of the same shape follow a closed text.
      for (let k = starts[0].last + 1; k < contentEnd; k++) {
        if (!endsSentence(lines[k - 1].text) && !parsePublicity(lines[k - 1].text)) continue;
        const t = issuedTitleAt(lines, k, contentEnd);
        if (t && detectDocType(t.title) && titleSimilarity(t.title, starts[0].title) >= 0.7) {
          starts.push({ index: k, title: t.title, last: t.last });
          k = t.last;
        }
      }
    }
    if (starts.length) {
      for (const name of names.slice(1)) {
        for (let k = starts[starts.length - 1].last + 1; k < contentEnd; k++) {
          const t = issuedTitleAt(lines, k, contentEnd);
          if (t && namesTitle([name], t.title, 0.75)) {
            starts.push({ index: k, title: t.title, last: t.last });
            break;
          }
        }
      }
      noticeEnd = starts[0].index;
      starts.forEach((s, n) => {
        const stop = n + 1 < starts.length ? starts[n + 1].index : contentEnd;
        const bodyLines = lines.slice(s.last + 1, stop);
        issuedTexts.push({
          title: s.title,
          lines: spanOf(lines.slice(s.index, stop)),
          body: buildTree(bodyLines, warnings),
        });
      });
    }
  }

  // 附件说明 list in the notice part
  let listed: ListedAttachment[] = [];
  const listLines = new Set<number>();
  // (in the notice, or at the end of an issued text: the list belongs to the document either way)
  for (let k = bodyStart; k < contentEnd; k++) {
    const list = parseAttachmentList(lines, k, contentEnd);
    if (list) {
      listed = list.items;
      for (let j = k; j <= list.end; j++) listLines.add(j);
      break;
    }
  }

  // Body: notice text without signature, publicity note and attachment list
  const bodyLines: SourceLine[] = [];
  if (rec?.rest) bodyLines.push({ ...lines[rec.end], text: rec.rest });
  for (let k = bodyStart; k < noticeEnd; k++) {
    if (sig && k >= sig.first && k <= sig.last) continue;
    if (listLines.has(k)) continue;
    if (parsePublicity(lines[k].text)) continue;
    bodyLines.push(lines[k]);
  }
  const body = buildTree(bodyLines, warnings);

  const attachments: Attachment[] = [];
  const usedPrinted = new Set<PrintedAttachment>();
  listed.forEach((item, n) => {
    const number = item.number ?? (listed.length === 1 ? null : n + 1);
    const match = printed.find((p) => !usedPrinted.has(p) && (p.number === number || (p.title && titleSimilarity(p.title, item.title) >= 0.8)));
    if (match) usedPrinted.add(match);
    attachments.push({
      label: number === null ? '附件' : `附件${number}`,
      title: item.title,
      printed: !!match,
      ...(item.href ? { href: item.href } : {}),
      lines: match ? spanOf(lines.slice(match.first, match.end)) : null,
      body: match ? buildTree(lines.slice(match.bodyFrom, match.end), warnings) : [],
    });
  });
  for (const p of printed) {
    if (usedPrinted.has(p)) continue;
    attachments.push({
      label: p.number === null ? '附件' : `附件${p.number}`,
      title: p.title,
      printed: true,
      lines: spanOf(lines.slice(p.first, p.end)),
      body: buildTree(lines.slice(p.bodyFrom, p.end), warnings),
    });
  }

  const docLines = lines.slice(start.first, docEnd);
  const ranges = readingRanges(docLines);
  const doc: Document = {
    id,
    title: tb.title,
    titleSource: 'text',
    // (or, for rules issued under a 发文字号, the number of the 题注's promulgation clause)
    docNumber: start.number ? start.number.normalized : tail.number ? tail.number.value.normalized : note ? titleNoteNumber(note.text) : null,
    docNumberRaw: start.number ? start.numberRaw : tail.number ? tail.number.raw : null,
    docNumberSource: start.number || tail.number ? 'text' : null,
    issuer,
    issuerSource,
    docType: detectDocType(tb.title),
    recipients,
    signDate,
    signDateSource,
    publicity,
    section: null,
    ...(note ? { titleNote: note.text } : {}),
    ...(sig?.signer ? { signer: sig.signer } : {}),
    ...(imprint ? { imprint: { copyTo: imprint.copyTo, printer: imprint.printer, printDate: imprint.printDate } } : {}),
    lines: spanOf(docLines),
    ...(ranges.length > 1 ? { ranges } : {}),
    body,
    issuedTexts,
    attachments,
  };
  doc.citations = extractCitations(doc);
  // a title and nothing under it (an empty 附件 box aside): a page that links or scans the document's file
  const printsText = body.some((n) => n.children.length > 0 || !n.text || parseAttachmentLabel(n.text)?.title !== null);
  if (!printsText && !issuedTexts.length && !attachments.length) {
    warnings.push({ code: 'document-without-text', message: `"${doc.title}" prints no text under its title (its file only linked, or scanned?)`, line: lines[start.first].line });
  }
  return doc;
}
