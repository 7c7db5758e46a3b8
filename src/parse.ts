/**
 * The parse pipeline: decoded text → lines (markdown via remark, or plain) → noise dropped →
 * issues → TOC, documents, structure → the JSON contract (schemaVersion 1).
 */
import type { Dropped, Issue, ParseResult, SourceFormat, SourceLine, Warning } from './types.js';
import { toLines } from './blocks/toLines.js';
import type { PdfLines } from './blocks/pdf/pdfLines.js';
import { parseRunningHeader } from './text/runningHeader.js';
import { MAX_NESTING } from './blocks/html/limitNesting.js';
import { parseYamlFrontMatter, frontMatterValue } from './blocks/yamlFrontMatter.js';
import { dropNoise } from './segment/page/dropNoise.js';
import { foldTraditional, mayBeTraditional, restoreStrings } from './read/traditionalScript.js';
import { removePinyinGlosses } from './read/pinyinGlosses.js';
import { mendCharacters } from './read/mendCharacters.js';
import { findMetadataBlock, METADATA_REACH, parseMetadataLine, splitLabelledRun, splitMetadataTail } from './segment/page/metadataBlock.js';
import { splitNewsDatelineHead, splitPageNoteTail } from './segment/page/webChrome.js';
import { splitIssues } from './segment/issue/splitIssues.js';
import { repairLayout } from './repair/repairLayout.js';
import { joinSplitDates } from './repair/joinSplitDate.js';
import { joinSpanLines } from './repair/joinSpanLines.js';
import { segmentIssue } from './segment/issue/segmentIssue.js';
import { applyHeaderFields, NUMBER_KEYS, TITLE_KEYS, type FieldValue } from './segment/header/headerFields.js';
import { frontMatterNumberLine } from './segment/header/frontMatterNumber.js';
import { frontMatterTitleLine } from './segment/header/frontMatterTitle.js';
import { linkToc } from './segment/issue/linkToc.js';
import { parseMastheadLine } from './text/masthead.js';
import { inferIssuers } from './segment/issue/inferIssuer.js';
import { parseDocNumber } from './text/docNumber.js';
import { sha256Hex } from './read/readSource.js';
import { lastSourceLine, spanOf } from './segment/lineRanges.js';
import { GENERATOR } from './version.js';
import { removeInvisible } from './text/invisible.js';
import { append, maxOf, minOf } from './util/arrays.js';

export interface ParseInput {
  text: string;
  path: string;
  sha256?: string;
  encoding?: string;
  format?: SourceFormat;
  /** Warnings of reading and decoding the file (bad bytes, mixed encodings), put first. */
  warnings?: Warning[];
  /** A PDF read off its pages: `text` is then its printed lines. */
  pdf?: PdfLines;
}

/** A parse result and the source lines `--check` must find a place for. */
export interface ParseOutcome {
  result: ParseResult;
  /** 1-based source lines holding text: every non-blank line, or a web page's lines of visible text. */
  accountable: number[];
}

// A file named as a saved web page
const HTML_NAME = /\.html?$/i;

export function parseGazette(input: ParseInput): ParseResult {
  return parseSource(input).result;
}

export function parseSource(input: ParseInput): ParseOutcome {
  const sha = input.sha256 ?? sha256Hex(input.text);
  const warnings: Warning[] = [...(input.warnings ?? [])];
  const dropped: Dropped[] = [];
  // (a PDF's text comes with its lines: it is read as printed; pinyin glosses come with a converting site's
  // traditional characters)
  const traditional = !input.pdf && mayBeTraditional(input.text);
  const glossed = traditional ? removePinyinGlosses(input.text) : { text: input.text, removed: 0 };
  if (glossed.removed) warnings.push({ code: 'pinyin-glosses', message: `took out ${glossed.removed} pinyin glosses written after characters (發(fā)): a converting site's, not the document's`, line: null });
  // (and what an extractor or a character set did to a text's characters: font codes for punctuation, a space after every
  // character, ? for each no-break space)
  const mended = input.pdf ? glossed.text : mendCharacters(glossed.text, warnings);
  const folded = traditional ? foldTraditional(mended) : null;
  if (folded) warnings.push({ code: 'traditional-script', message: `printed in traditional characters: read through their simplified forms (${folded.changed.toLocaleString('en')} characters folded by OpenCC), given back as printed`, line: null });
  const { format, raw, lines: allLines, simplified, page, unreadHtml, cut } = toLines(folded ? folded.text : mended, input.format ?? (HTML_NAME.test(input.path) ? 'html' : undefined), input.pdf);
  if (unreadHtml) warnings.push({ code: 'html-unreadable', message: `read as text: the page could not be read as HTML (${unreadHtml})`, line: null });
  for (const c of cut) {
    const why = c.runTogether ? `holds a whole document run together without line ends (${c.length.toLocaleString('en')} characters)` : `is ${c.length.toLocaleString('en')} characters long`;
    warnings.push({ code: 'long-line-cut', message: `line ${c.line} ${why}: read as ${c.pieces} pieces cut where print would end a line (sentence ends, a 发文字号 alone, a signature's date, a statute's 章/条); every piece keeps line ${c.line}`, line: c.line });
  }
  if (simplified) warnings.push({ code: 'markdown-simplified', message: `markdown read line by line, not by remark: ${simplified}`, line: null });

  // a web page: what is not the document goes to dropped, its 信息公开 table and <meta> tags are front matter
  const pageFields: Record<string, string> = {};
  if (page) {
    for (const b of page.invisible) dropped.push({ lines: { start: b.start, end: b.end }, reason: b.kind === 'comment' ? 'markup-comment' : 'invisible', text: `<${b.kind}>` });
    for (const { line, reason } of page.chrome) {
      const fields = parseMetadataLine(line.text);
      if (fields) for (const [k, v] of Object.entries(fields)) if (v) pageFields[k] ??= v;
      dropped.push({ lines: { start: line.line, end: lastSourceLine(line) }, reason: fields ? 'page-metadata' : reason, text: line.text });
    }
    for (const [k, v] of Object.entries(page.fields)) pageFields[k] ??= v;
    if (page.flattenedTags) warnings.push({ code: 'html-too-deep', message: `the page nests elements deeper than ${MAX_NESTING} levels: ${page.flattenedTags} tags past that depth were taken out, their text kept`, line: null });
  }

  // YAML front matter of web-archive files
  const yaml = page ? null : parseYamlFrontMatter(raw);
  let lines: SourceLine[] = allLines;
  if (yaml) lines = allLines.filter((l) => l.line - 1 > yaml.endIndex || l.line - 1 < yaml.startIndex);

  // a date written one span per line is one line before page numbers are looked for (its `2` is not a page number)
  // (and so are the numbers of a text exported one inline span per line)
  // (and the page's QR-code note run on after the text's last line is a line of its own)
  const noise = dropNoise(page ? lines : joinSplitDates(joinSpanLines(lines.flatMap(splitPageNoteTail).flatMap(splitNewsDatelineHead), warnings), warnings));
  append(dropped, noise.dropped);
  const furniture = new Set(noise.dropped.filter((d) => d.reason === 'page-number' || d.reason === 'running-header').map((d) => d.lines.start));
  // the labelled metadata of a web page (发文字号：… 成文日期：…) is front matter, as YAML is; a heading may print it
  // beside the title, in brackets
  const kept = noise.kept.slice(0, METADATA_REACH).flatMap(splitMetadataTail).flatMap(splitLabelledRun).concat(noise.kept.slice(METADATA_REACH));
  const metadata = findMetadataBlock(kept, METADATA_REACH);
  const metadataLines = metadata ? metadata.indexes.map((i) => kept[i]) : [];
  const inMetadata = new Set(metadata?.indexes);
  const content = metadata ? kept.filter((_, i) => !inMetadata.has(i)) : kept;
  // lines read from a page's layout are in reading order already: repair is for text another tool extracted
  const repaired = page ? { lines: content } : repairLayout(content, furniture, warnings);
  // a web export that prints its title only in its front matter: that line titles the text below it
  const titleKey = yaml ? TITLE_KEYS.find((k) => yaml.fields[k]) : undefined;
  const titleKeyLine = titleKey ? new RegExp(`^\\s*${titleKey}\\s*[:：]`) : null;
  const titleAt = yaml && titleKeyLine ? raw.slice(yaml.startIndex, yaml.endIndex).findIndex((r) => titleKeyLine.test(r)) : -1;
  const yamlTitleLine = yaml && titleKey && titleAt >= 0 ? frontMatterTitleLine(yaml.fields[titleKey], { line: yaml.startIndex + titleAt + 1, raw: raw[yaml.startIndex + titleAt] }, repaired.lines) : null;
  // (or only in the page's metadata table: 名称：某某县人民政府关于…的通知 among the 信息公开 fields)
  // (or, where no title is given, the number the metadata gives above a text that opens with its 主送)
  const metadataLine = () =>
    metadataFieldLine(metadataLines, TITLE_KEYS, (v, at) => frontMatterTitleLine(v, at, repaired.lines)) ??
    metadataFieldLine(metadataLines, NUMBER_KEYS, (v, at) => frontMatterNumberLine(v, at, repaired.lines));
  const titleLine = yamlTitleLine ?? (metadata && !titleKey ? metadataLine() : null);
  const slices = splitIssues(titleLine ? [titleLine, ...repaired.lines] : repaired.lines, dropped);

  const idBase = sha.slice(0, 10);
  // how many documents took each id: a repeat gets `-2`, `-3`… (a suffix grown by one letter per repeat made
  // a text of n documents with the same number or title cost n² in ids alone)
  const idUses = new Map<string, number>();
  const issues: Issue[] = slices.map((slice, n) => {
    const issueId = `${idBase}-${n + 1}`;
    const seg = segmentIssue(slice.lines, (s) => {
      const key = s.number?.normalized ?? s.title.title;
      const id = `${issueId}-${sha256Hex(key).slice(0, 8)}`;
      const uses = (idUses.get(id) ?? 0) + 1;
      idUses.set(id, uses);
      return uses === 1 ? id : `${id}-${uses}`;
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
  // a PDF's running headers were set apart by their place on the page: they fill the issue the same way
  const pageHeaders = (page?.chrome ?? []).flatMap(({ line, reason }) => {
    const header = reason === 'running-header' ? parseRunningHeader(line.text) : null;
    return header ? [{ line: line.line, header }] : [];
  });
  for (const { line, header } of [...noise.headers, ...pageHeaders]) {
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
  // (the title line a front matter gave the text: that document's title is the front matter's)
  if (titleLine) for (const d of docs) if (d.lines.start === titleLine.line && d.title === titleLine.text) d.titleSource = titleLine === yamlTitleLine ? 'frontMatter' : 'pageMetadata';
  const pageMetadata = { ...pageFields, ...(metadata?.fields ?? {}) };
  const fieldValue = (names: string[]): FieldValue | null => {
    const fromYaml = frontMatterValue(yaml, names);
    if (fromYaml) return { value: fromYaml, source: 'frontMatter' };
    const fromPage = frontMatterValue({ fields: pageMetadata }, names);
    return fromPage ? { value: fromPage, source: 'pageMetadata' } : null;
  };
  const listValue = (names: string[]): string[] | null => {
    for (const n of names) if (yaml?.lists[n]?.length) return yaml.lists[n];
    return null;
  };
  if ((yaml || metadata || page) && docs.length === 1) applyHeaderFields(docs[0], { field: fieldValue, list: listValue }, warnings, !page);
  if (metadata && issues[0]) {
    issues[0].frontMatter.unshift({ kind: 'metadata', lines: spanOf(metadataLines), text: metadataLines.map((l) => l.text).join('\n') });
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

  const result: ParseResult = {
    schemaVersion: 1,
    generator: { ...GENERATOR },
    source: { path: input.path, sha256: sha, encoding: input.encoding ?? 'utf-8', format, lines: raw.length, ...(input.pdf ? { pageStarts: input.pdf.pageStarts } : {}) },
    issues,
    dropped: dropped.sort((a, b) => a.lines.start - b.lines.start),
    warnings,
  };
  // the strings of a text read through its simplified forms, in the characters it printed
  if (folded) for (const part of [result.issues, result.dropped, result.warnings]) restoreStrings(part, folded.restore);
  const accountable = page ? page.visibleLines : raw.flatMap((r, i) => (removeInvisible(r).trim() === '' ? [] : [i + 1]));
  return { result, accountable };
}

/**
 * The line a page's metadata table gives the text below it from the first of `keys` it holds, made by `make` (the
 * title from its 标题 or 名称 field, as front matter does; the number from its 文号 field).
 */
function metadataFieldLine(
  metadataLines: SourceLine[],
  keys: string[],
  make: (value: string, source: { line: number; raw: string }) => SourceLine | null,
): SourceLine | null {
  const fieldsOf = metadataLines.map((l) => parseMetadataLine(l.text));
  for (const key of keys) {
    const at = fieldsOf.findIndex((f) => f?.[key]);
    if (at >= 0) return make(fieldsOf[at]![key], { line: metadataLines[at].line, raw: metadataLines[at].raw });
  }
  return null;
}
