/** `gongbao show`: one document as a readable outline, or one article of it. */
import type { ChalkInstance } from 'chalk';
import type { Document, Node } from '../types.js';

function nodeLines(n: Node, depth: number, c: ChalkInstance, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (n.type === 'table') {
    out.push(pad + c.dim(`[table, ${n.rows?.length ?? 0} rows]`));
    for (const r of n.rows ?? []) out.push(pad + c.dim('  ' + r.join(' | ')));
    return;
  }
  if (n.type === 'box') out.push(pad + c.cyan(`[${n.title ?? '专栏'}]`));
  else if (n.type === 'chapter' || n.type === 'part' || n.type === 'section' || n.type === 'heading') out.push(pad + c.bold(n.text ?? n.title ?? ''));
  else if (n.type === 'article' || n.type === 'item') out.push(pad + c.yellow(n.label ?? '') + (n.text ?? '').slice((n.label ?? '').length));
  else out.push(pad + (n.text ?? ''));
  for (const ch of n.children) nodeLines(ch, n.type === 'box' || n.type === 'paragraph' ? depth + 1 : depth + 1, c, out);
}

export function formatDocument(d: Document, c: ChalkInstance): string {
  const out: string[] = [];
  out.push(c.bold(d.title));
  out.push(c.yellow(d.docNumber ?? '(no number)') + c.dim(`  ${[d.issuer, d.signDate, d.docType, d.section ? `【${d.section}】` : null, d.publicity].filter(Boolean).join(' · ')}`));
  if (d.recipients) out.push(`${d.recipients}：`);
  out.push('');
  for (const n of d.body) nodeLines(n, 0, c, out);
  for (const t of d.issuedTexts) {
    out.push('', c.bold.cyan(`《${t.title}》`));
    for (const n of t.body) nodeLines(n, 1, c, out);
  }
  for (const a of d.attachments) {
    out.push('', c.bold.cyan(`${a.label}${a.title ? `：${a.title}` : ''}${a.printed ? '' : '（未刊印）'}`));
    for (const n of a.body) nodeLines(n, 1, c, out);
  }
  return out.join('\n');
}

/** An article (第N条) or, in a text without articles, a top-level item (N、), anywhere in the document. */
export function findArticle(d: Document, n: number): Node | null {
  const all: Node[] = [];
  const walk = (ns: Node[]) => ns.forEach((x) => { all.push(x); walk(x.children); });
  walk(d.body);
  d.issuedTexts.forEach((t) => walk(t.body));
  d.attachments.forEach((a) => walk(a.body));
  return all.find((x) => x.type === 'article' && x.number === n) ?? all.find((x) => x.type === 'item' && x.level === 1 && x.number === n) ?? null;
}

export function formatNode(n: Node, c: ChalkInstance): string {
  const out: string[] = [];
  nodeLines(n, 0, c, out);
  return out.join('\n');
}
