/**
 * What the search index holds, made from a parse result: one entry per document (title, 发文字号, issuer,
 * 文种, section, date, full text) and one record per article or top-level item inside it, so a hit can
 * point at 第十二条 or 三、 of a document. Record 0 of a document is its head: title, number, notice text.
 */
import { isBookTitle } from '../text/bookTitle.js';
import type { Document, Issue, Node, ParseResult } from '../types.js';
import { documentText } from '../convert/documentRecord.js';
import { append } from '../util/arrays.js';

export interface IndexDoc {
  id: string;
  fileSha: string;
  path: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  docType: string | null;
  section: string | null;
  signDate: string | null;
  year: number | null;
  issue: string | null;
  /** The document's row number in the index (docs.num = the FTS5 rowid). */
  num: number;
  /** Titles of the texts it issues (a citation of one of them resolves to this document). */
  issued: string[];
  /**
   * What it cites that may be another document: [kind, title, 发文字号]. Filled when the index's metadata is
   * read whole (refs --graph) and when a file is prepared; the document rows of a search hit leave it out.
   */
  cites?: [string, string | null, string | null][];
}

export interface IndexRecord {
  /** `${docId}#${n}` */
  id: string;
  doc: string;
  /** Where in the document: `正文`, `第十二条`, `《X办法》第三章 第十二条`, `附件1 二、`. */
  path: string;
  title: string | null;
  text: string;
  /** The source line the record starts on (the document's first line for record 0). */
  line: number;
}

function nodeText(n: Node): string {
  const out: string[] = [];
  const walk = (x: Node): void => {
    // a document's own 目录 repeats its headings with page numbers: not searchable text
    if (x.type === 'toc') return;
    if (x.text) out.push(x.text);
    else if (x.title) out.push(x.title);
    if (x.rows) append(out, x.rows.map((r) => r.join(' ')));
    x.children.forEach(walk);
  };
  walk(n);
  return out.join('\n');
}

function containsArticle(nodes: Node[]): boolean {
  return nodes.some((n) => n.type === 'article' || containsArticle(n.children));
}

/** Articles, or top-level items when a body has no articles; the rest of the body goes to `rest`. */
type Unit = Omit<IndexRecord, 'id' | 'doc'>;

function unitsOf(nodes: Node[], prefix: string, out: Unit[], rest: string[]): void {
  const hasArticles = containsArticle(nodes);
  const visit = (n: Node, trail: string[]): void => {
    if (n.type === 'article' || (!hasArticles && n.type === 'item' && n.level === 1)) {
      out.push({ path: [prefix, ...trail, n.label ?? ''].filter(Boolean).join(' '), title: n.title, text: nodeText(n), line: n.lines.start });
      return;
    }
    if (n.type === 'part' || n.type === 'chapter' || n.type === 'section') {
      if (n.title || n.text) rest.push(n.text ?? n.title ?? '');
      n.children.forEach((c) => visit(c, [...trail, n.label ?? '']));
      return;
    }
    rest.push(nodeText(n));
  };
  nodes.forEach((n) => visit(n, []));
}

export function docRecords(d: Document): IndexRecord[] {
  const units: Unit[] = [];
  const head: string[] = [d.title, d.docNumber ?? '', d.issuer ?? '', d.recipients ?? ''];
  unitsOf(d.body, '', units, head);
  const records: IndexRecord[] = [{ id: `${d.id}#0`, doc: d.id, path: '正文', title: d.title, text: '', line: d.lines.start }];
  d.issuedTexts.forEach((t) => {
    const rest: string[] = [t.title];
    const before = units.length;
    // (a title printed in book brackets keeps its own)
    const named = isBookTitle(t.title) ? t.title : `《${t.title}》`;
    unitsOf(t.body, named, units, rest);
    if (rest.join('').length > t.title.length || units.length === before) units.push({ path: named, title: t.title, text: rest.join('\n'), line: t.lines.start });
  });
  d.attachments.forEach((a) => {
    const rest: string[] = [[a.label, a.title].filter(Boolean).join(' ')];
    unitsOf(a.body, a.label, units, rest);
    units.push({ path: a.label, title: a.title, text: rest.join('\n'), line: a.lines?.start ?? d.lines.start });
  });
  records[0].text = head.filter(Boolean).join('\n');
  units.forEach((u, i) => records.push({ id: `${d.id}#${i + 1}`, doc: d.id, ...u }));
  return records;
}

export function indexDoc(r: ParseResult, issue: Issue, d: Document, path: string, num: number): IndexDoc {
  const year = d.signDate ? Number(d.signDate.slice(0, 4)) : issue.year;
  return {
    id: d.id,
    fileSha: r.source.sha256,
    path,
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    docType: d.docType,
    section: d.section,
    signDate: d.signDate,
    year: year ?? null,
    issue: issue.title ? `${issue.title}${issue.year ? ` ${issue.year}年` : ''}${issue.number ? `第${issue.number}期` : ''}` : null,
    num,
    issued: d.issuedTexts.map((t) => t.title),
    cites: (d.citations ?? []).filter((c) => c.kind === 'document' || c.kind === 'title' || c.kind === 'number').map((c) => [c.kind, c.title, c.docNumber]),
  };
}

/** Full searchable text of a document (title block + body + issued texts + attachments). */
export function fullText(d: Document): string {
  return [d.title, d.docNumber ?? '', d.issuer ?? '', d.recipients ?? '', documentText(d)].join('\n');
}
