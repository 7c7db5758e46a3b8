/** Readable terminal outline of a parse result (colours via chalk, only when the stream is a TTY). */
import { positionOf, rangeOf } from './position.js';
import { plural } from './plural.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { ParseResult } from '../types.js';
import type { Coverage } from './coverage.js';
import { countNodes } from './counts.js';

export function makeChalk(colour: boolean): ChalkInstance {
  return new Chalk({ level: colour ? 1 : 0 });
}

export function formatOutline(r: ParseResult, c: ChalkInstance): string {
  const out: string[] = [];
  // a PDF has pages, not an encoding; its lines are its printed lines
  const pages = r.source.pageStarts ? plural(r.source.pageStarts.length, 'page') : r.source.encoding;
  out.push(c.bold(r.source.path) + c.dim(`  (${r.source.format}, ${pages}, ${r.source.lines} lines)`));
  for (const issue of r.issues) {
    const bits = [
      issue.title ?? '(no masthead)',
      issue.year !== null ? `${issue.year}年` : null,
      issue.number !== null ? `第${issue.number}期` : null,
      issue.totalNumber !== null ? `总第${issue.totalNumber}期` : null,
      issue.publishDate,
    ].filter(Boolean);
    out.push(c.cyan(`▌ ${bits.join(' ')}`) + c.dim(`  ${issue.documents.length} documents, ${issue.toc.length} TOC entries`));
    for (const d of issue.documents) {
      const n = countNodes(d);
      out.push(`  ${c.yellow(d.docNumber ?? '(no number)')}  ${c.bold(d.title)}`);
      const meta = [
        d.signDate ?? 'no date',
        d.issuer ?? 'no issuer',
        d.section ? `【${d.section}】` : null,
        `${n.chapters} chapters, ${n.articles} articles, ${d.attachments.length} attachments`,
        d.issuedTexts.length ? `issues: ${d.issuedTexts.map((t) => `《${t.title}》`).join('')}` : null,
      ].filter(Boolean);
      out.push(c.dim(`      ${meta.join(' · ')}  ${rangeOf(d.lines.start, d.lines.end, r.source.pageStarts)}`));
    }
  }
  if (r.warnings.length) {
    out.push(c.magenta(`${r.warnings.length} warning(s):`));
    for (const w of r.warnings) out.push(c.magenta(`  ${w.line !== null ? `${positionOf(w.line, r.source.pageStarts)} ` : ''}[${w.code}] ${w.message}`));
  }
  return out.join('\n');
}

export function formatCoverage(path: string, cov: Coverage, c: ChalkInstance, pageStarts?: readonly number[]): string {
  const at = (lines: number[]) => lines.slice(0, 20).map((l) => (pageStarts?.length ? positionOf(l, pageStarts) : String(l))).join(', ');
  const lines = [
    c.bold(`${path}: ${cov.nonBlank} non-blank lines`),
    `  documents     ${cov.documents}`,
    `  front matter  ${cov.frontMatter}`,
    `  contents      ${cov.toc}`,
    `  back matter   ${cov.backMatter}`,
  ];
  const dropped = Object.entries(cov.dropped);
  lines.push(`  dropped       ${dropped.reduce((a, [, n]) => a + n, 0)}${dropped.length ? ` (${dropped.map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
  const bad = cov.unaccounted.length;
  lines.push(bad ? c.red(`  unaccounted   ${bad} (lines ${at(cov.unaccounted)}${bad > 20 ? ', …' : ''})`) : c.green('  unaccounted   0'));
  if (cov.replaced) lines.push(c.yellow(`  replaced      ${cov.replaced} characters (bytes that are not valid text, read as U+FFFD)`));
  if (cov.overlapping.length) lines.push(c.red(`  claimed twice ${cov.overlapping.length} (lines ${at(cov.overlapping)})`));
  return lines.join('\n');
}
