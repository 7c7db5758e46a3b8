/**
 * Restore reading order inside one page of a two-column extraction. The extractor puts heading blocks
 * after the body text of their page:
 * - a document header (issuer, title, 发文字号 …) found after body text is moved to where its unit begins:
 *   right before the page's leading text if that is the 主送 line (the notice follows the header), else the
 *   whole block (header, notice, signature, issued-text title) goes before the leading text (issued-text body);
 *   a leading text that may end a document or a masthead (a full stop, a date, a publicity note, 2024年第3期)
 *   before a header that does not end the page with a bare issued-text title is in natural order (one-column
 *   text where a document starts mid-page) and stays;
 * - an issued-text title left at the end of the page is moved to just after the closing line of the
 *   previous unit (publicity note, or a `…起实施。` sentence) when body text stands between them.
 */
import type { SourceLine, Warning } from '../types.js';
import { parseDocNumber } from '../text/docNumber.js';
import { titleBlockAbove, isTitleFragment } from '../segment/header/titleBlock.js';
import { isRecipientsLine } from '../text/recipientsLine.js';
import { parsePublicity } from '../text/publicity.js';
import { detectDocType } from '../text/docType.js';
import { endsSentence, removeLayoutSpaces } from '../text/normalize.js';
import { parseDateLine } from '../text/dates.js';
import { parseGazetteTitle, parseMastheadLine } from '../text/masthead.js';

function span(ls: SourceLine[]): string {
  return ls.length ? `${ls[0].line}-${ls[ls.length - 1].line}` : '';
}

/** The page's leading text starts with a 主送 line (possibly wrapped over several visual lines). */
function startsWithRecipients(ls: SourceLine[]): boolean {
  let joined = '';
  for (let n = 0; n < Math.min(6, ls.length); n++) {
    joined += ls[n].text.trim();
    if (isRecipientsLine(joined)) return true;
    if (endsSentence(joined)) return false;
  }
  return false;
}

// A sentence that closes a text: 本方案自印发之日起实施。 / 自2021年7月1日起施行。
const CLOSING = /(实施|施行|执行)。$/;

// A full stop, possibly inside closing quotes or brackets (a clause mark `：` `；` opens what follows)
const FULL_STOP = /[。！？!?][”’）)」』]*$/;

/**
 * A document may start after these lines: the last is the end of a document (a full stop, a date line, a
 * publicity note) or of a gazette's masthead (its title, `2024年第3期`, `…出版`).
 */
export function mayPrecedeDocument(ls: SourceLine[]): boolean {
  const last = ls[ls.length - 1]?.text.trim() ?? '';
  return FULL_STOP.test(last) || !!parseDateLine(last) || !!parsePublicity(last) || !!parseMastheadLine(last) || !!parseGazetteTitle(last);
}

/** The issued-text title at the end of a page (up to 3 fragments, no clause marks): its first line and text, or null. */
function trailingTitle(page: SourceLine[]): { start: number; title: string } | null {
  let t = page.length;
  while (t - 1 >= 0 && page.length - t < 3 && isTitleFragment(page[t - 1])) t--;
  // a fragment with clause marks is the end of running text, not part of the title
  while (t < page.length && /[，。；]/.test(page[t].text)) t++;
  if (t === page.length || t === 0) return null;
  const title = removeLayoutSpaces(page.slice(t).map((l) => l.text).join(''));
  return detectDocType(title) && !/关于/.test(title) ? { start: t, title } : null;
}

function moveDisplacedHeader(page: SourceLine[], prevClosed: boolean, warnings: Warning[]): SourceLine[] {
  for (let k = 1; k < page.length; k++) {
    if (!parseDocNumber(page[k].text)) continue;
    const tb = titleBlockAbove(page, k, 0);
    if (!tb || tb.first === 0) return page;
    const h = tb.first;
    let p = 0;
    // A 主送 line never continues the previous page: the page's unit starts there.
    if (!prevClosed && !startsWithRecipients(page.slice(0, h))) {
      const close = page.slice(0, h).findIndex((l) => endsSentence(l.text));
      if (close < 0) return page;
      p = close + 1;
    }
    if (p >= h) return page;
    const before = page.slice(0, p);
    const lead = page.slice(p, h);
    const header = page.slice(h, k + 1);
    const rest = page.slice(k + 1);
    // natural order: the previous document ends, this one starts mid-page (its body follows the header)
    if (!startsWithRecipients(lead) && mayPrecedeDocument(lead) && !trailingTitle(rest)) return page;
    const out = startsWithRecipients(lead) ? [...before, ...header, ...lead, ...rest] : [...before, ...header, ...rest, ...lead];
    warnings.push({ code: 'reading-order', message: `moved document header (lines ${span(header)}${startsWithRecipients(lead) ? '' : `, with ${span(rest)}`}) before lines ${span(lead)}`, line: header[0].line });
    return out;
  }
  return page;
}

function moveTrailingTitle(page: SourceLine[], warnings: Warning[]): SourceLine[] {
  const trailing = trailingTitle(page);
  if (!trailing) return page;
  const { start: t, title } = trailing;
  let c = -1;
  for (let i = t - 1; i >= 0; i--) {
    if (parsePublicity(page[i].text) || CLOSING.test(page[i].text.trim())) {
      c = i;
      break;
    }
  }
  if (c < 0 || c + 1 >= t) return page;
  const block = page.slice(t);
  warnings.push({ code: 'reading-order', message: `moved title "${title}" (lines ${span(block)}) before lines ${span(page.slice(c + 1, t))}`, line: block[0].line });
  return [...page.slice(0, c + 1), ...block, ...page.slice(c + 1, t)];
}

/** The page ends where a unit may end: a sentence, a publicity note or a date line. */
export function pageEndsClosed(page: SourceLine[]): boolean {
  const last = page[page.length - 1]?.text.trim() ?? '';
  return endsSentence(last) || !!parsePublicity(last) || !!parseDateLine(last);
}

export function reorderPage(page: SourceLine[], prevClosed: boolean, warnings: Warning[]): SourceLine[] {
  return moveTrailingTitle(moveDisplacedHeader(page, prevClosed, warnings), warnings);
}
