/** The citation graph of an index: resolved links between indexed documents, and unresolved references. */
import type { IndexDoc } from '../search/records.js';
import { makeResolver } from './resolve.js';

export interface GraphNode {
  id: string;
  docNumber: string | null;
  title: string;
  indexed: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: string;
  by: string | null;
}

export function citationGraph(docs: Record<string, IndexDoc>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const resolver = makeResolver(docs);
  const nodes = new Map<string, GraphNode>();
  for (const d of Object.values(docs)) nodes.set(d.id, { id: d.id, docNumber: d.docNumber, title: d.title, indexed: true });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const d of Object.values(docs)) {
    for (const [kind, title, number] of d.cites ?? []) {
      const r = resolver.resolve(kind, title, number, d.id);
      let to: string;
      if (r) to = r.doc;
      else {
        to = `ext:${number ?? title}`;
        if (!nodes.has(to)) nodes.set(to, { id: to, docNumber: number, title: title ?? number ?? '', indexed: false });
      }
      const k = `${d.id}→${to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      edges.push({ from: d.id, to, kind, by: r?.by ?? null });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** Graphviz DOT: indexed documents as boxes, unresolved references as grey ellipses. */
export function toDot(g: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const lines = ['digraph gongbao_citations {', '  rankdir=LR;', '  node [fontname="Noto Sans CJK SC", fontsize=10];'];
  for (const n of g.nodes) {
    const label = n.docNumber ? `${n.docNumber}\\n${n.title.length > 24 ? n.title.slice(0, 24) + '…' : n.title}` : n.title.length > 28 ? n.title.slice(0, 28) + '…' : n.title;
    lines.push(`  "${esc(n.id)}" [label="${esc(label).replace(/\\\\n/g, '\\n')}", shape=${n.indexed ? 'box' : 'ellipse'}${n.indexed ? '' : ', color=gray, fontcolor=gray40'}];`);
  }
  for (const e of g.edges) lines.push(`  "${esc(e.from)}" -> "${esc(e.to)}"${e.by ? '' : ' [style=dashed, color=gray]'};`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
