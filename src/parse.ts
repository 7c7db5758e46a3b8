/**
 * The parse pipeline: decoded text → lines (markdown via remark, or plain) → noise dropped →
 * issues → TOC, documents, structure → the JSON contract (schemaVersion 1).
 */
import type { Document, Dropped, Issue, ParseResult, SourceLine, Warning } from './types.js';
import { toLines } from './blocks/toLines.js';
import { parseYamlFrontMatter, frontMatterValue } from './blocks/yamlFrontMatter.js';
import { dropNoise } from './segment/dropNoise.js';
import { findMetadataBlock } from './segment/metadataBlock.js';
import { splitIssues } from './segment/splitIssues.js';
import { repairLayout } from './repair/repairLayout.js';
import { segmentIssue } from './segment/segmentIssue.js';
import { linkToc } from './segment/linkToc.js';
import { parseMastheadLine } from './segment/masthead.js';
import { inferIssuers } from './segment/inferIssuer.js';
import { parseDocNumber } from './segment/docNumber.js';
import { findDate } from './segment/dates.js';
import { sha256Hex } from './read/readSource.js';
import { spanOf } from './segment/lineRanges.js';
import { GENERATOR } from './version.js';
import { append, maxOf, minOf } from './util/arrays.js';

export interface ParseInput {
  text: string;
  path: string;
  sha256?: string;
  encoding?: string;
  format?: 'markdown' | 'text';
}

export function parseGazette(input: ParseInput): ParseResult {
  const sha = input.sha256 ?? sha256Hex(input.text);
  const warnings: Warning[] = [];
  const dropped: Dropped[] = [];
  const { format, raw, lines: allLines, simplified } = toLines(input.text, input.format);
  if (simplified) warnings.push({ code: 'markdown-simplified', message: `markdown read line by line, not by remark: ${simplified}`, line: null });

  // YAML front matter of web-archive files
  const yaml = parseYamlFrontMatter(raw);
  let lines: SourceLine[] = allLines;
  if (yaml) lines = allLines.filter((l) => l.line - 1 > yaml.endIndex || l.line - 1 < yaml.startIndex);

  const noise = dropNoise(lines);
  append(dropped, noise.dropped);
  const furniture = new Set(noise.dropped.filter((d) => d.reason === 'page-number' || d.reason === 'running-header').map((d) => d.lines.start));
  // the labelled metadata of a web page (发文字号：… 成文日期：…) is front matter, as YAML is
  const metadata = findMetadataBlock(noise.kept);
  const metadataLines = metadata ? metadata.indexes.map((i) => noise.kept[i]) : [];
  const inMetadata = new Set(metadata?.indexes);
  const content = metadata ? noise.kept.filter((_, i) => !inMetadata.has(i)) : noise.kept;
  const repaired = repairLayout(content, furniture, warnings);
  const slices = splitIssues(repaired.lines, dropped);

  const idBase = sha.slice(0, 10);
  const usedIds = new Set<string>();
  const issues: Issue[] = slices.map((slice, n) => {
    const issueId = `${idBase}-${n + 1}`;
    const seg = segmentIssue(slice.lines, (s) => {
      const key = s.number?.normalized ?? s.title.title;
      let id = `${issueId}-${sha256Hex(key).slice(0, 8)}`;
      while (usedIds.has(id)) id += 'x';
      usedIds.add(id);
      return id;
    }, warnings);
    linkToc(seg.toc, seg.documents, warnings);
    const f = slice.fields;
    // masthead lines printed among the TOC fill what the masthead above it did not give
    for (const m of seg.frontMatter) {
      if (m.kind !== 'masthead') continue;
      for (const [k, v] of Object.entries(parseMastheadLine(m.text) ?? {})) (f as Record<string, unknown>)[k] ??= v;
    }
    const span = spanOf(slice.lines);
    const allLineNos = [...slice.matter.map((m) => m.lines.start), ...(slice.lines.length ? [span.start] : [])];
    const lastLine = Math.max(maxOf(slice.matter.map((m) => m.lines.end)), slice.lines.length ? span.end : -Infinity);
    return {
      id: issueId,
      title: f.title ?? null,
      year: f.year ?? null,
      number: f.number ?? null,
      totalNumber: f.totalNumber ?? null,
      publishDate: f.publishDate ?? null,
      sponsor: f.sponsor ?? null,
      frequency: f.frequency ?? null,
      lines: allLineNos.length ? { start: minOf(allLineNos), end: lastLine } : null,
      toc: seg.toc,
      frontMatter: [...slice.matter, ...seg.frontMatter],
      backMatter: seg.backMatter,
      documents: seg.documents,
    };
  });

  // Running headers fill what the masthead did not give, and give sections to the documents they head.
  for (const { line, header } of noise.headers) {
    const issue = issues.find((i) => i.lines && line >= i.lines.start && line <= i.lines.end) ?? issues[0];
    if (!issue) continue;
    issue.title ??= header.gazette;
    issue.year ??= header.year;
    issue.number ??= header.number;
    if (header.section) {
      const doc = issue.documents.find((d) => line >= d.lines.start && line <= d.lines.end);
      if (doc && !doc.section) {
        doc.section = header.section;
        // documents of the same series (same 机关代字) in this issue share the section
        const code = doc.docNumber ? parseDocNumber(doc.docNumber)?.code : null;
        for (const other of issue.documents) {
          if (!other.section && code && other.docNumber && parseDocNumber(other.docNumber)?.code === code) other.section = header.section;
        }
      }
    }
  }

  const docs = issues.flatMap((i) => i.documents);
  inferIssuers(docs);
  if (docs.length === 0) {
    warnings.push({ code: 'no-documents', message: 'no document found: the file holds no text outside front matter, comments and page furniture', line: null });
  }

  // front matter fields (YAML first, then a web page's metadata table) fill what the text did not give
  const fields = { ...(metadata?.fields ?? {}), ...(yaml?.fields ?? {}) };
  if ((yaml || metadata) && docs.length === 1) applyHeaderFields(docs[0], (names) => frontMatterValue({ fields }, names), warnings);
  if (metadata && issues[0]) {
    issues[0].frontMatter.unshift({ kind: 'metadata', lines: { start: metadataLines[0].line, end: metadataLines[metadataLines.length - 1].line }, text: metadataLines.map((l) => l.text).join('\n') });
  }
  if (yaml && issues[0]) {
    issues[0].frontMatter.unshift({ kind: 'yaml', lines: { start: yaml.startIndex + 1, end: yaml.endIndex + 1 }, text: raw.slice(yaml.startIndex, yaml.endIndex + 1).join('\n') });
  }
  // the first issue's lines cover its front matter (an issue of front matter only has no other lines)
  const first = issues[0];
  if (first?.frontMatter.length) {
    const starts = first.frontMatter.map((m) => m.lines.start);
    const ends = first.frontMatter.map((m) => m.lines.end);
    first.lines = { start: Math.min(minOf(starts), first.lines?.start ?? Infinity), end: Math.max(maxOf(ends), first.lines?.end ?? -Infinity) };
  }

  return {
    schemaVersion: 1,
    generator: { ...GENERATOR },
    source: { path: input.path, sha256: sha, encoding: input.encoding ?? 'utf-8', format, lines: raw.length },
    issues,
    dropped: dropped.sort((a, b) => a.lines.start - b.lines.start),
    warnings,
  };
}

/** Fill a document's number, date, issuer (and a headerless document's title) from front matter fields. */
function applyHeaderFields(d: Document, value: (names: string[]) => string | null, warnings: Warning[]): void {
  const no = value(['文号', '发文字号', 'docNumber', 'doc_number']);
  // a document found without any header takes its title from the front matter
  const title = value(['标题', 'title', '名称']);
  if (title && warnings.some((w) => w.code === 'document-without-header')) d.title = title;
  if (!d.docNumber && no) {
    d.docNumber = parseDocNumber(no)?.normalized ?? no;
    d.docNumberRaw = no;
  }
  const date = value(['成文日期', '发文日期', '发布日期', 'date', 'signDate']);
  if (!d.signDate && date) {
    const iso = findDate(date)?.iso ?? (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? null);
    if (iso) {
      d.signDate = iso;
      d.signDateSource = 'frontMatter';
    }
  }
  const issuer = value(['发文机关', '发布机构', '发文单位', '发布单位', '制发机关', 'issuer']);
  if (!d.issuer && issuer) {
    d.issuer = issuer;
    d.issuerSource = 'frontMatter';
  }
}
