/**
 * The labelled metadata of a document page saved from a government website (the 信息公开 table as text):
 * `索 引 号：…`, `发文机关：…`, `成文日期：…`, `发文字号：…`, one or several `label：value` pairs a line.
 * Two or more such lines near the top of a text are its metadata, as YAML front matter is.
 */
import type { SourceLine } from '../../types.js';
import { removeWebButtons } from './webChrome.js';
import { append } from '../../util/arrays.js';
import { detectDocType } from '../../text/docType.js';
import { parseDocNumber } from '../../text/docNumber.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { linePieces } from '../../blocks/linePieces.js';

// The labels of such tables (spaces inside a label are layout: 索 引 号)
const LABELS = ['索引号', '制定机关', '效力级别', '发布文号', '施行日期', '法规类别', '发文机关', '发文机构', '发布机构', '颁布单位', '颁布日期', '发文文号', '归档时间', '日期', '字号', '浏览量', '视力保护色', '发文单位', '制发机关', '成文日期', '发文日期', '发布日期', '发布时间', '发表时间', '发表日期', '公布日期', '生效日期', '实施日期', '废止日期', '发文字号', '文号', '主题分类', '主题词', '体裁分类', '组配分类', '服务对象', '公文种类', '文种', '有效性', '效力状态', '时效性', '标题', '名称', '信息来源', '稿件来源', '文章来源', '来源', '浏览次数', '阅读次数', '访问次数', '点击数', '责任编辑', '作者', '发布人', '时间', '发布',
  // the fields of a 政府信息公开 catalogue entry (信息分类, 生成日期, 生效时间, 废止时间, 关键词, 内容概述…)
  '信息分类', '信息类别', '内容分类', '信息名称', '文件编号', '文件类型', '发布单位', '所属机构', '所属主题', '生成日期', '成文时间', '发文时间', '公开日期',
  '生效时间', '废止时间', '失效时间', '失效日期', '有效期', '关键词', '内容概述', '公开方式', '公开范围', '公开时限', '公开形式',
  // (and of a 规范性文件's registration: its 统一登记号, the dates it was signed and registered, the office answering for it)
  '统一登记号', '登记号', '签署日期', '登记日期', '信息时效期', '公开责任部门',
  // (and a catalogue's classes: 文件分类, 分类; the office answering questions on a policy and its telephone; a count and
  // a stamp: 点击量, 发布于)
  '文件分类', '分类', '政策咨询机关', '政策咨询电话', '点击量', '点击', '发布于',
  // (and when the page was last updated: 更新时间, 更新日期; a law database's 效力等级)
  '更新时间', '更新日期', '效力等级',
  // (and a catalogue entry's summary, validity, procedure, subjects, form, class words and download: 内容概况, 效力状况,
  // 公开程序, 主题(一), 体裁, 分类词, 文件下载)
  '内容概况', '效力状况', '公开程序', '主题', '体裁', '分类词', '文件下载'];
const LABEL_AT = new RegExp(`(${LABELS.map((l) => [...l].join('[ \\t\\u3000]*')).join('|')})[ \\t\\u3000]*[:：]`, 'g');

/** The labels whose value is a count (a page's views): a number, never the line under an empty one. */
const COUNT_LABELS = new Set(['浏览量', '浏览次数', '阅读次数', '访问次数', '点击数', '点击量', '点击']);
// a count: digits (with thousands commas), 次 after them
const COUNT_VALUE = /^\d[\d,，]*\s*次?$/;

/** The labels whose value is a document's number. */
const NUMBER_LABELS = new Set(['发文字号', '文号', '发文文号', '发布文号', '字号', '文件编号']);

/** The labels whose value is a document's title. */
const TITLE_LABELS = new Set(['标题', '名称', '信息名称']);

// a whole line in brackets, as pages print their metadata under the title: (发布日期：… 文号：…)
const BRACKETED = /^[（(](.*)[)）]$/;

// a list item's bullet alone on its line
const LONE_BULLET = /^\s*[•·●▪◦]\s*$/;

// a list item's bullet: • · ● ▪ ◦ or a markdown - / *
const LIST_BULLET = /^(?:[•·●▪◦\-*][ \t\u3000]+|[•·●▪◦](?=【))/;

// a page's time stamp before its labels, without a label of its own: 2018-12-22 10:35 来源：某某办
const STAMP = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+/;

// what such a line may open with: a label's first character, a bracket, a digit of a stamp, a bullet, a button's 【
const OPENING = new Set([...LABELS.map((l) => l[0]), '（', '(', '【', '[', '［', '•', '·', '●', '▪', '◦', '-', '*', ...'0123456789']);

// a label in black brackets, as a law database prints its fields (【制定机关】, 【字号】, 【公布日期】)
const BLACK_BRACKET_LABEL = /【([\u4e00-\u9fa5]{2,6})】/g;

/** The `label：value` pairs of a line that starts with a known label, or null. */
export function parseMetadataLine(text: string): Record<string, string> | null {
  // (most lines are passed over here, before any regex: the title checks ask every line)
  const first = text.trimStart()[0];
  if (first === undefined || !OPENING.has(first)) return null;
  // a list's bullet before the label (• 发文字号:): the page drew the table as a list
  // (a law database's labels in black brackets, 【字号】某政通〔2020〕3号, are labels with their colons)
  let t = removeWebButtons(text).trim().replace(LIST_BULLET, '').replace(BLACK_BRACKET_LABEL, (m, label: string) => (LABEL_SET.has(label) ? `${label}：` : m));
  const inBrackets = BRACKETED.exec(t);
  if (inBrackets) t = inBrackets[1].trim();
  const fields: Record<string, string> = {};
  const stamp = STAMP.exec(t);
  if (stamp && t.slice(stamp[0].length).search(LABEL_AT) === 0) {
    fields['发布时间'] = stamp[1];
    t = t.slice(stamp[0].length);
  }
  const found = [...t.matchAll(LABEL_AT)];
  if (!found.length || found[0].index !== 0) return labelValuePairs(t);
  found.forEach((m, n) => {
    const end = n + 1 < found.length ? found[n + 1].index : t.length;
    // (a table flattened with its pipes: 标 题: | 某某的通知 | || — the pipes are the table's)
    fields[m[1].replace(/[ \t\u3000]/g, '')] = t.slice(m.index + m[0].length, end).replace(TABLE_PIPES, '');
  });
  return fields;
}

// a flattened table's pipes (and spaces) around a value
const TABLE_PIPES = /^[|｜\s\u3000]+|[|｜\s\u3000]+$/g;
/** Fewest pairs a line of labels and values without colons holds. */
const MIN_PAIRS = 2;

/**
 * A line of labels and values without colons (索 引 号 MB1534522/2023-05475 发文日期 2023-01-03): each label, known and
 * followed by its value, two pairs or more from the line's start; null else.
 */
function labelValuePairs(t: string): Record<string, string> | null {
  // (a table flattened with its pipes: 文 号 | 某政办〔2020〕2 号 | 发文日期 | 2020-04-19 |, a label cell, then its value's)
  if (/[|｜]/.test(t)) return cellPairs(t.split(/[|｜]/).map((c) => c.trim()));
  // (a colon names a label of its own: a line of labels with colons the tables do not know is none of these)
  if (/[:：]/.test(t)) return null;
  const found = [...t.matchAll(LABEL_WORD)];
  if (found.length < MIN_PAIRS || found[0].index !== 0) return null;
  const fields: Record<string, string> = {};
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    const value = t.slice(m.index + m[0].length, n + 1 < found.length ? found[n + 1].index : t.length).trim();
    // (each label with a value of its own, after a space: not a word that runs on, 发布机构改革)
    if (!value || !/^[ \t\u3000]/.test(t.slice(m.index + m[0].length))) return null;
    fields[m[0].replace(/[ \t\u3000]/g, '')] = value;
  }
  return fields;
}

/** A line of one known label, a space and its value, no colon (内容概况 某某的决定, 文件下载 下载), or null. */
function singleLabelValue(text: string): Record<string, string> | null {
  const t = text.trim();
  if (/[:：|｜]/.test(t)) return null;
  const m = LABEL_WORD.exec(t);
  LABEL_WORD.lastIndex = 0;
  if (!m || m.index !== 0) return null;
  const value = t.slice(m[0].length);
  if (!/^[ \t\u3000]+\S/.test(value) || value.trim().length > MAX_FIELD || /[。；]/.test(value)) return null;
  return { [m[0].replace(/[ \t\u3000]/g, '')]: value.trim() };
}

export interface MetadataBlock {
  /** Indexes (into the given lines) of the block's lines. */
  indexes: number[];
  fields: Record<string, string>;
}

// a table's header row drawn as a line of labels alone, spaces between them (索  引  号 文       号 发布机构 发布日期): each
// label, longest first so 发布日期 is not read as 发布 and 日期
// (a label numbered when the table repeats it, 主题(一) 主题(二), keeps its number)
const LABEL_WORD = new RegExp(`(?:${[...LABELS].sort((a, b) => b.length - a.length).map((l) => [...l].join('[ \\t\\u3000]*')).join('|')})(?:[（(][一二三四五六七八九十\\d][)）])?`, 'g');
/** Fewest labels a header row names. */
const MIN_ROW_LABELS = 3;
/** How many lines of values a header row's values may take. */
const VALUE_ROWS = 4;

/** Cells read two by two, a label's and its value's, from the first (the last cell may be the row's end): two pairs or more, or null. */
function cellPairs(cells: string[]): Record<string, string> | null {
  const fields: Record<string, string> = {};
  let n = 0;
  for (; n + 1 < cells.length; n += 2) {
    const label = cells[n].replace(/[ \t\u3000]/g, '');
    if (!LABEL_SET.has(label)) return null;
    fields[label] = cells[n + 1];
  }
  // (nothing left over but the row's closing pipe)
  if (n < cells.length && cells[n] !== '') return null;
  return Object.keys(fields).length >= MIN_PAIRS ? fields : null;
}

const LABEL_SET = new Set(LABELS);

/** The labels of a line that is a table's header row (labels and spaces only, three or more), or null. */
export function labelRow(text: string): string[] | null {
  const t = text.trim();
  if (!t || /[:：。；，,]/.test(t)) return null;
  const found = [...t.matchAll(LABEL_WORD)].map((m) => m[0]);
  if (found.length < MIN_ROW_LABELS || t.replace(LABEL_WORD, '').replace(/[ \t\u3000]/g, '') !== '') return null;
  return found.map((l) => l.replace(/[ \t\u3000]/g, ''));
}

/**
 * A table drawn as its header row of labels and rows of values under it, one cell a space-separated value, in the
 * labels' order (索引号 文号 发布机构 … / N001-2011-000627 某政〔2011〕7号 / 某市人民政府办公室 2011-03-04 / …), as a block
 * of fields; null when lines[i] is no header row or the values do not fill it.
 */
export function labelRowTableAt(lines: SourceLine[], i: number): MetadataBlock | null {
  const labels = lines[i].table ? null : labelRow(lines[i].text);
  if (!labels) return null;
  const values: string[] = [];
  const indexes = [i];
  for (let j = i + 1; j < lines.length && j - i <= VALUE_ROWS && values.length < labels.length; j++) {
    const cells = lines[j].text.trim().split(/[ \t\u3000]+/).filter(Boolean);
    if (!cells.length || cells.some((c) => /[。；：:]/.test(c) || c.length > MAX_VALUE) || labelRow(lines[j].text)) break;
    append(values, cells);
    indexes.push(j);
  }
  if (values.length !== labels.length) return null;
  return { indexes, fields: Object.fromEntries(labels.map((l, n) => [l, values[n]])) };
}

/** The longest value taken from the line after a label that stands alone. */
const MAX_VALUE = 60;

/** How near the top of a text its metadata may start, in lines. */
export const METADATA_REACH = 40;

/**
 * The runs of metadata lines with two or more fields each among the first `within` lines, as one block (a page may
 * print its stamp above the title and its 信息公开 fields under it); the first value of a field wins.
 */
export function findMetadataBlock(lines: SourceLine[], within = METADATA_REACH): MetadataBlock | null {
  const indexes: number[] = [];
  const fields: Record<string, string> = {};
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const run = metadataRunAt(lines, i) ?? labelRowTableAt(lines, i);
    if (!run) continue;
    if (Object.keys(run.fields).length >= 2) {
      append(indexes, run.indexes);
      for (const [k, v] of Object.entries(run.fields)) fields[k] ??= v;
    }
    i = run.indexes[run.indexes.length - 1];
  }
  // (a page may print its table of labels and values under the text, at its foot)
  for (let i = Math.max(within, lines.length - within); i < lines.length; i++) {
    const table = labelRowTableAt(lines, i);
    if (!table) continue;
    append(indexes, table.indexes);
    for (const [k, v] of Object.entries(table.fields)) fields[k] ??= v;
    i = table.indexes[table.indexes.length - 1];
  }
  return indexes.length ? { indexes, fields } : null;
}

/** Longest value a field of a metadata line holds (a title, an organ's name, a list of subjects). */
const MAX_FIELD = 150;

/**
 * A line of labelled fields, each value short and no sentence: a page saved on one line opens with its fields
 * (归档时间:… 来源:…) and runs on into the document's text, which is no field's value.
 */
function metadataFields(text: string): Record<string, string> | null {
  const f = parseMetadataLine(text);
  return f && Object.values(f).every((v) => v.length <= MAX_FIELD && !/[。；]/.test(v)) ? f : null;
}

/** The run of metadata lines from lines[i], or null when lines[i] is none. */
function metadataRunAt(lines: SourceLine[], i: number): MetadataBlock | null {
  if (lines[i].table || !metadataFields(lines[i].text)) return null;
  const indexes: number[] = [];
  const fields: Record<string, string> = {};
  for (let j = i; j < lines.length && !lines[j].table; j++) {
    // (a list's bullet left on a line of its own, a list's items cut apart at their spaces, is the list's)
    if (j > i && LONE_BULLET.test(lines[j].text) && lines[j + 1] && metadataFields(lines[j + 1].text)) {
      indexes.push(j);
      continue;
    }
    // (a line of one label and its value goes on a run, 内容概况 某某的决定, though it opens none)
    const f = metadataFields(lines[j].text) ?? (j > i ? singleLabelValue(lines[j].text) : null);
    if (!f) break;
    indexes.push(j);
    // a table flattened one cell a line: the label alone (`发 文 字 号 ：`), its value on the next line
    const labels = Object.keys(f);
    const next = lines[j + 1];
    // (never a line that ends in a colon, the 主送 under a page's empty 浏览量: field, nor in a list's mark, the 主送
    // wrapped at the page width: 各县市区委、人民政府,某某开发区、 / 某某新区,市直各单位:)
    // (nor the document's title under the last, empty field, 内容概述:, but for a field that holds a title, 标题:)
    // (and a count's field, 浏览次数:, only a number: not the issuing organ's line over the title)
    const titleUnder = (l: SourceLine) => !TITLE_LABELS.has(labels[0]) && !!detectDocType(removeAllSpaces(l.text));
    // (and a document's number only to a number's field: 主 题 词: | over the number line printed under the table)
    const notItsKind = (l: SourceLine) => (COUNT_LABELS.has(labels[0]) && !COUNT_VALUE.test(l.text.trim())) || (!NUMBER_LABELS.has(labels[0]) && !!parseDocNumber(l.text));
    if (labels.length === 1 && f[labels[0]] === '' && next && !next.table && next.text.length <= MAX_VALUE && !parseMetadataLine(next.text) && !/[:：、，,]\s*$/.test(next.text) && !notItsKind(next) && !titleUnder(next)) {
      f[labels[0]] = next.text.trim();
      indexes.push(++j);
    }
    for (const [k, v] of Object.entries(f)) fields[k] ??= v;
  }
  return { indexes, fields };
}

// a title followed on its line by a bracketed group: 关于某某的通知(发布日期：… 文号：…)
const TRAILING_GROUP = /^(.*\S)\s*([（(][^（()）]*[)）])$/;

/**
 * A page's heading that prints the metadata beside the title (`关于某某的通知(发布日期：2019年05月31日 文号：…)`,
 * the title and a `<small>` inside one `<h2>`): two lines, the title and the metadata. Other lines come back alone.
 */
export function splitMetadataTail(line: SourceLine): SourceLine[] {
  const m = TRAILING_GROUP.exec(line.text);
  if (!m || !parseMetadataLine(m[2])) return [line];
  const at = line.raw.lastIndexOf(m[2].slice(0, 6));
  const column = at >= 0 ? (line.column ?? 1) + at : line.column;
  const tail: SourceLine = { ...line, text: m[2], raw: m[2], heading: 0, boldPrefix: null, allBold: false, blankBefore: false, ...(column ? { column } : {}) };
  return [{ ...line, text: m[1] }, tail];
}

// a law database's 题注 labelled among its fields (… 施行日期: 2006.08.18 题 注 : (1986年…批准)): the label, and a
// 题注's opening after it (a bracket or a date)
const NOTE_LABEL = /[ \t\u3000]*题[ \t\u3000]*注[ \t\u3000]*[:：][ \t\u3000]*(?=[（(\d〇○一二])/;
// a title's bracketed note after its 文种 (某某条例(2006年修正本))
const TITLE_NOTE = /[（(][^（()）]{1,20}[)）]$/;

/**
 * A law database's fields printed on one line with the title before them and the 题注 after them (`某某条例(2006年
 * 修正本)制定机关: 某某 效力级别: 地方性法规 … 题 注 : (1986年…批准)`): the title, the fields and the 题注's text, each a
 * line of its own (the 题注 without its label, as a 【题注】 label goes). Other lines come back alone.
 */
export function splitLabelledRun(line: SourceLine): SourceLine[] {
  const text = line.text;
  // (most lines are passed over here: the label regex runs only on a line with a colon)
  if (!/[:：]/.test(text)) return [line];
  const cuts: number[] = [0];
  if (!parseMetadataLine(text)) {
    const first = text.matchAll(LABEL_AT).next().value;
    if (!first || first.index === 0) return [line];
    const title = removeAllSpaces(text.slice(0, first.index)).replace(TITLE_NOTE, '');
    const fields = parseMetadataLine(text.slice(first.index));
    if (!detectDocType(title) || !fields || Object.keys(fields).length < 2) return [line];
    cuts.push(first.index);
  }
  const note = NOTE_LABEL.exec(text.slice(cuts[cuts.length - 1]));
  const noteAt = note ? cuts[cuts.length - 1] + note.index : -1;
  if (cuts.length === 1 && noteAt < 0) return [line];
  const pieces = cuts.map((start, n) => ({ start, text: text.slice(start, n + 1 < cuts.length ? cuts[n + 1] : noteAt >= 0 ? noteAt : text.length) }));
  if (note) pieces.push({ start: noteAt + note[0].length, text: text.slice(noteAt + note[0].length) });
  return linePieces(line, pieces);
}
