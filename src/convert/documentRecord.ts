/**
 * One line of documents.ndjson: a document's metadata and full text, ready for a database or a search
 * engine; plus the Elasticsearch/OpenSearch `_bulk` form and index mapping (IK analyzer).
 */
import type { Document, Issue, Node, ParseResult } from '../types.js';
import { countNodes } from '../output/counts.js';
import { append } from '../util/arrays.js';

export interface DocumentRecord {
  id: string;
  file: string;
  fileSha256: string;
  issue: { id: string; title: string | null; year: number | null; number: number | null };
  title: string;
  docNumber: string | null;
  issuer: string | null;
  docType: string | null;
  recipients: string | null;
  signDate: string | null;
  publicity: string | null;
  section: string | null;
  lines: { start: number; end: number };
  issuedTexts: string[];
  attachments: { label: string; title: string | null; printed: boolean }[];
  counts: { chapters: number; articles: number };
  text: string;
}

function flatten(nodes: Node[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === 'toc') continue; // a document's own 目录 repeats its headings with page numbers
    if (n.text) out.push(n.text);
    else if (n.title) out.push(n.title);
    if (n.rows) append(out, n.rows.map((r) => r.join('\t')));
    flatten(n.children, out);
  }
}

/** Full text of a document in reading order: body, issued texts, attachments. */
export function documentText(d: Document): string {
  const out: string[] = [];
  flatten(d.body, out);
  for (const t of d.issuedTexts) {
    out.push(t.title);
    flatten(t.body, out);
  }
  for (const a of d.attachments) {
    out.push([a.label, a.title].filter(Boolean).join(' '));
    flatten(a.body, out);
  }
  return out.join('\n');
}

export function documentRecord(r: ParseResult, issue: Issue, d: Document): DocumentRecord {
  const c = countNodes(d);
  return {
    id: d.id,
    file: r.source.path,
    fileSha256: r.source.sha256,
    issue: { id: issue.id, title: issue.title, year: issue.year, number: issue.number },
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    docType: d.docType,
    recipients: d.recipients,
    signDate: d.signDate,
    publicity: d.publicity,
    section: d.section,
    lines: d.lines,
    issuedTexts: d.issuedTexts.map((t) => t.title),
    attachments: d.attachments.map((a) => ({ label: a.label, title: a.title, printed: a.printed })),
    counts: { chapters: c.chapters, articles: c.articles },
    text: documentText(d),
  };
}

export function* documentRecords(r: ParseResult): Generator<DocumentRecord> {
  for (const issue of r.issues) for (const d of issue.documents) yield documentRecord(r, issue, d);
}

export const ES_INDEX = 'gongbao';

/** `_bulk` action + source lines for one record (each newline-terminated). */
export function esBulkLines(rec: DocumentRecord, index = ES_INDEX): string {
  return `${JSON.stringify({ index: { _index: index, _id: rec.id } })}\n${JSON.stringify(rec)}\n`;
}

/** Index settings and mapping: IK analyzer, ik_max_word for indexing and ik_smart for search. */
export function esMapping(): object {
  const text = { type: 'text', analyzer: 'ik_max_word', search_analyzer: 'ik_smart' };
  const textAndKeyword = { ...text, fields: { keyword: { type: 'keyword', ignore_above: 256 } } };
  return {
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: {
      dynamic: 'strict',
      properties: {
        id: { type: 'keyword' },
        file: { type: 'keyword' },
        fileSha256: { type: 'keyword' },
        issue: { properties: { id: { type: 'keyword' }, title: textAndKeyword, year: { type: 'integer' }, number: { type: 'integer' } } },
        title: textAndKeyword,
        docNumber: { type: 'keyword' },
        issuer: textAndKeyword,
        docType: { type: 'keyword' },
        recipients: text,
        signDate: { type: 'date', format: 'yyyy-MM-dd' },
        publicity: { type: 'keyword' },
        section: { type: 'keyword' },
        lines: { properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
        issuedTexts: textAndKeyword,
        attachments: { properties: { label: { type: 'keyword' }, title: text, printed: { type: 'boolean' } } },
        counts: { properties: { chapters: { type: 'integer' }, articles: { type: 'integer' } } },
        text,
      },
    },
  };
}
