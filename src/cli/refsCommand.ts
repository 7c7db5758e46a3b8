/** `gongbao refs`: what a document cites (resolved against the index), who cites it, or the whole citation graph. */
import { citationsOf, defaultIndexDir, documentOf, type LoadedIndex } from '../search/indexStore.js';
import { printable } from '../util/printable.js';
import { citationGraph, toDot } from '../cite/graph.js';
import { plural } from '../output/plural.js';
import { UsageError } from './optionValues.js';
import { colour, findDocs, onIndex } from './indexAccess.js';

export interface RefsCliOptions {
  index?: string;
  citedBy?: boolean;
  graph?: boolean;
  /** One of the --graph-format choices (commander checks them). */
  graphFormat?: 'json' | 'dot';
  /** List the document's references to its own articles one a line (else one summary line). */
  internal?: boolean;
  json?: boolean;
  color?: boolean | string;
}


export async function runRefsCommand(ref: string | undefined, o: RefsCliOptions): Promise<number> {
  const dir = defaultIndexDir(o.index);
  // options that would be silently ignored are usage errors
  const conflict = o.graph && ref ? 'refs --graph draws the whole index: give either a document or --graph'
    : o.graph && o.citedBy ? '--cited-by and --graph do not combine'
    : !o.graph && o.graphFormat !== undefined ? '--graph-format needs --graph' : null;
  if (conflict) throw new UsageError(conflict);
  return onIndex(dir, (idx) => refsFrom(idx, ref, o));
}

/** `refs` on an open index. */
async function refsFrom(idx: LoadedIndex, ref: string | undefined, o: RefsCliOptions): Promise<number> {
  if (o.graph) {
    const g = citationGraph(idx.meta.docs);
    process.stdout.write(o.graphFormat === 'dot' ? toDot(g) : JSON.stringify(g, null, 2) + '\n');
    return 0;
  }
  if (!ref) {
    process.stderr.write('gongbao: refs needs a document id or 发文字号 (or --graph)\n');
    return 2;
  }
  const doc = findDocs(idx, ref)[0];
  if (!doc) {
    process.stderr.write(`gongbao: no document "${printable(ref)}" in the index\n`);
    return 1;
  }
  const resolver = citationsOf(idx);
  const citationsIn = (id: string) => documentOf(idx, id).citations ?? [];
  const c = await colour(o.color);
  const rowOf = idx.db.prepare('SELECT id, doc_number, title FROM docs WHERE id = ?');
  const about = (id: string) => rowOf.get(id) as { id: string; doc_number: string | null; title: string } | undefined;
  const label = (id: string) => {
    const d = about(id);
    return d ? `${d.doc_number ?? d.id} ${d.title}` : id;
  };
  if (o.citedBy) {
    const rows: { doc: string; docNumber: string | null; title: string; kind: string; by: string; line: number | null; sentence: string }[] = [];
    const byNum = idx.db.prepare('SELECT id, doc_number, title FROM docs WHERE num = ?');
    // the citation tables tell which documents to open for their sentences
    for (const n of resolver.citingDocs(doc.num)) {
      const row = byNum.get(n) as { id: string; doc_number: string | null; title: string };
      const d = { id: row.id, docNumber: row.doc_number, title: row.title };
      const cits = citationsIn(d.id);
      for (const cit of cits) {
        const r = resolver.resolve(cit.kind, cit.title, cit.docNumber, d.id);
        if (r?.doc === doc.id) rows.push({ doc: d.id, docNumber: d.docNumber, title: d.title, kind: cit.kind, by: r.by, line: cit.line, sentence: cit.sentence });
      }
    }
    if (o.json) process.stdout.write(JSON.stringify({ document: doc.id, citedBy: rows }, null, 2) + '\n');
    else {
      // each citing document once, with each of its citing sentences once (a sentence may cite by title and number)
      const byDoc = new Map<string, { docNumber: string | null; title: string; sentences: Map<string, { line: number | null; by: string[] }> }>();
      for (const r of rows) {
        const entry = byDoc.get(r.doc) ?? { docNumber: r.docNumber, title: r.title, sentences: new Map() };
        byDoc.set(r.doc, entry);
        const key = `${r.line}\u0000${r.sentence}`;
        const sentence = entry.sentences.get(key) ?? { line: r.line, by: [] };
        if (!sentence.by.includes(r.by)) sentence.by.push(r.by);
        entry.sentences.set(key, sentence);
      }
      process.stdout.write(`${c.bold(label(doc.id))} is cited by ${plural(byDoc.size, 'document')}:\n`);
      for (const [id, e] of byDoc) {
        process.stdout.write(`  ${c.yellow(e.docNumber ?? id)} ${e.title}\n`);
        for (const [key, st] of e.sentences) process.stdout.write(`    ${c.dim(`L${st.line} (${st.by.join(', ')})`)} ${key.split('\u0000')[1]}\n`);
      }
    }
    return 0;
  }
  const cits = citationsIn(doc.id);
  const rows = cits.map((cit) => ({ ...cit, resolved: resolver.resolve(cit.kind, cit.title, cit.docNumber, doc.id) }));
  if (o.json) {
    process.stdout.write(JSON.stringify({ document: doc.id, citations: rows.map((r) => ({ ...r, resolved: r.resolved ? { id: r.resolved.doc, by: r.resolved.by, docNumber: about(r.resolved.doc)?.doc_number ?? null, title: about(r.resolved.doc)?.title ?? null } : null })) }, null, 2) + '\n');
    return 0;
  }
  process.stdout.write(`${c.bold(label(doc.id))} cites:\n`);
  // what it cites of other texts first; its references to its own articles (a 令 has dozens) in one line unless
  // --internal lists them
  const internal = rows.filter((r) => r.kind === 'internal');
  if (rows.length === internal.length && !(o.internal && internal.length)) process.stdout.write(`  ${c.dim('no other document')}\n`);
  for (const r of rows) {
    if (r.kind === 'internal') continue;
    const what = [r.title ? `《${r.title}》` : null, r.docNumber].filter(Boolean).join(' ');
    const mark = r.resolved ? c.green(`✓ ${label(r.resolved.doc)} (${r.resolved.by})`) : r.kind === 'issued' ? c.dim(`issued text${r.target ? `: ${r.target}` : ''}`) : r.kind === 'other' ? c.dim('not a document') : c.dim('unresolved');
    process.stdout.write(`  ${c.cyan(r.kind.padEnd(8))} ${what}  ${mark}  ${c.dim(`L${r.line}`)}\n`);
  }
  if (o.internal) {
    for (const r of internal) process.stdout.write(`  ${c.dim('internal')} 第${r.article}条  ${c.dim(`L${r.line}`)}\n`);
  } else if (internal.length) {
    const articles = [...new Set(internal.map((r) => r.article))];
    const shown = articles.slice(0, 6).join('、') + (articles.length > 6 ? '…' : '');
    process.stdout.write(`  ${c.dim(`internal ${plural(internal.length, 'reference')} to its own articles (第${shown}条; --internal lists them)`)}\n`);
  }
  return 0;
}
