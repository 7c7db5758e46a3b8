/**
 * Query syntax: words are ANDed; "quoted phrase" (also “…”) must occur verbatim; A OR B needs one of them
 * (OR binds tighter than AND); -word excludes;
 * field filters issuer: type: year: from: to: section: no:. A bare 发文字号 asks for that document and for those that mention it.
 */
import { parseDocNumber, normalizeDocNumber } from '../text/docNumber.js';

export interface Filters {
  issuer?: string;
  type?: string;
  year?: number;
  from?: string;
  to?: string;
  section?: string;
  no?: string;
  /** Documents citing this 发文字号 (normalised) or title. */
  cites?: string;
}

export interface ParsedQuery {
  terms: string[];
  phrases: string[];
  /** `A OR B OR "C D"`: groups of which one member must occur (each group ANDed with the rest of the query). */
  alternatives: string[][];
  excludes: string[];
  filters: Filters;
  /**
   * A 发文字号 typed alone (not `no:`): the document with that number first, then the documents that mention it.
   * `no:` finds only the document itself.
   */
  bareNumber?: string;
  /**
   * One group of words of which any may occur, punctuation aside: the bracket forms of a 发文字号 (〔〕 [] ［］ 【】 （）).
   * An index whose phrases keep the order of letters, digits and Han characters decides it without reading texts.
   */
  anyPunctuation?: string[];
  /** Words and phrases of punctuation only (`。`, `""`): nothing the index holds, so they are left out of the search. */
  ignored: string[];
}

// what the index holds of a text: letters (Han included) and digits
const SEARCHABLE = /[\p{L}\p{N}]/u;

const FIELDS = new Set(['issuer', 'type', 'year', 'from', 'to', 'section', 'no', 'cites']);

export class QueryError extends Error {}

/** The most words, phrases and exclusions one query may hold. */
export const MAX_QUERY_WORDS = 200;

/** Normalise a date filter: 2022, 2022-3, 2022-03-05, 2022年3月5日 → YYYY-MM-DD (start or end of the span). */
export function dateBound(v: string, end: boolean): string {
  const m = /^(\d{4})(?:\D+(\d{1,2}))?(?:\D+(\d{1,2}))?\D*$/.exec(v.normalize('NFKC').trim());
  if (!m) throw new QueryError(`"${v}" is not a date (use 2022, 2022-03 or 2022-03-05)`);
  const y = Number(m[1]);
  yearValue(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (month < 1 || month > 12) throw new QueryError(`"${v}" is not a date: there is no month ${month}`);
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (day < 1 || day > lastDay) throw new QueryError(`"${v}" is not a date: ${y}-${String(month).padStart(2, '0')} has ${lastDay} days`);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A year filter (`--year 2022` or `year:2022`): four digits, 1900–2200. */
export function yearValue(v: string): number {
  const t = v.normalize('NFKC').trim();
  const y = /^\d{4}$/.test(t) ? Number(t) : NaN;
  if (!(y >= 1900 && y <= 2200)) throw new QueryError(`year "${v}" is not a year (four digits, e.g. 2022)`);
  return y;
}

function setFilter(f: Filters, key: string, value: string): void {
  if (!value) throw new QueryError(`${key}: needs a value`);
  switch (key) {
    case 'year':
      f.year = yearValue(value);
      break;
    case 'from':
      f.from = dateBound(value, false);
      break;
    case 'to':
      f.to = dateBound(value, true);
      break;
    case 'no':
      f.no = normalizeDocNumber(value);
      break;
    case 'cites':
      f.cites = parseDocNumber(value) ? normalizeDocNumber(value) : value.replace(/^《|》$/g, '');
      break;
    default:
      (f as Record<string, string>)[key] = value;
  }
}

export function parseQuery(q: string, flags: Filters = {}): ParsedQuery {
  const out: ParsedQuery = { terms: [], phrases: [], alternatives: [], excludes: [], filters: { ...flags }, ignored: [] };
  if (flags.no) out.filters.no = normalizeDocNumber(flags.no);
  if (flags.from) out.filters.from = dateBound(flags.from, false);
  if (flags.to) out.filters.to = dateBound(flags.to, true);
  // a 发文字号 typed with spaces (某市政发 〔2021〕 27 号) is one word
  q = q.replace(/([\u4e00-\u9fa5])\s*([〔\[［【])\s*(\d{4})\s*([〕\]］】])\s*(\d{1,5})\s*号/g, '$1$2$3$4$5号');
  // words and phrases in order; `OR` (upper case, between two of them) joins its neighbours into one group
  const items: { kind: 'term' | 'phrase' | 'or'; text: string }[] = [];
  // "…" / “…” phrases, then whitespace-separated words
  const re = /(-?)["“]([^"”]+)["”]|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(q))) {
    // a word or phrase of punctuation only: `。`, `""`, `-，`
    const text = m[2] ?? m[3];
    if (text !== 'OR' && !SEARCHABLE.test(text) && !/^[a-z]+[:：]/i.test(text)) {
      out.ignored.push(m[0]);
      continue;
    }
    if (m[2] !== undefined) {
      if (m[1]) out.excludes.push(m[2].trim());
      else items.push({ kind: 'phrase', text: m[2].trim() });
      continue;
    }
    const w = m[3];
    if (w === 'OR') {
      items.push({ kind: 'or', text: w });
      continue;
    }
    const field = /^([a-z]+)[:：](.*)$/i.exec(w);
    if (field && FIELDS.has(field[1].toLowerCase())) {
      setFilter(out.filters, field[1].toLowerCase(), field[2]);
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      out.excludes.push(w.slice(1));
      continue;
    }
    if (parseDocNumber(w)) {
      out.bareNumber = normalizeDocNumber(w);
      continue;
    }
    items.push({ kind: 'term', text: w });
  }
  // SQLite's expression tree stops at a depth of 1,000: a query of hundreds of words is not a search
  const words = items.filter((x) => x.kind !== 'or').length + out.excludes.length;
  if (words > MAX_QUERY_WORDS) throw new QueryError(`the query has ${words} words and phrases; at most ${MAX_QUERY_WORDS} are searched together`);
  // precedence: OR binds tighter than the implicit AND between words (A B OR C = A AND (B OR C))
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'or') {
      throw new QueryError('OR needs a word or "phrase" on both sides');
    }
    const group = [it];
    while (items[i + 1]?.kind === 'or') {
      const next = items[i + 2];
      if (!next || next.kind === 'or') throw new QueryError('OR needs a word or "phrase" on both sides');
      group.push(next);
      i += 2;
    }
    if (group.length > 1) out.alternatives.push(group.map((g) => g.text));
    else (it.kind === 'phrase' ? out.phrases : out.terms).push(it.text);
  }
  return out;
}
