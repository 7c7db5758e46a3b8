/**
 * YAML front matter of files saved from web archives: `---` / `文号: …` / `发布日期: …` / `---`, read by the `yaml`
 * package (comments, quotes, lists and block scalars mean what YAML says). Web exports also write front matter that
 * is not valid YAML (`标题: 关于: 某某` with a second colon, a value in full-width quotes): such a block is read line
 * by line as `key: value`, comments and list items left out, so a file is never refused for its front matter.
 */
import { createRequire } from 'node:module';

// the yaml package is loaded only for a file that has front matter (it costs a cold command tens of milliseconds)
let yamlParse: ((text: string) => unknown) | null = null;
function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}

export interface YamlFrontMatter {
  /** 0-based indexes of the first and last raw lines (the two `---`). */
  startIndex: number;
  endIndex: number;
  fields: Record<string, string>;
  /** The fields whose value is a list of scalars, item by item (a list's field text joins them with 、). */
  lists: Record<string, string[]>;
}

/** Front matter ends within this many lines, or the `---` at the top is a thematic break. */
const MAX_LINES = 200;

/** A YAML value as field text: scalars as written, a list of scalars joined with 、; nested maps are not fields. */
function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const items = value.map(fieldText).filter((v): v is string => !!v);
    return items.length === value.length && items.length ? items.join('、') : null;
  }
  return null;
}

/** `key: value` lines of a block that is not valid YAML; comments and list items are not fields. */
function lineFields(lines: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('- ')) continue;
    // key: value (full-width colon too), the value's quotes taken off
    const m = /^([^:：]{1,30})[:：]\s*(.*)$/.exec(t);
    if (m) fields[m[1].trim()] = m[2].trim().replace(/^["'“”‘’]|["'“”‘’]$/g, '');
  }
  return fields;
}

export function parseYamlFrontMatter(raw: string[]): YamlFrontMatter | null {
  let i = 0;
  while (i < raw.length && raw[i].trim() === '') i++;
  if (i >= raw.length || raw[i].trim() !== '---') return null;
  let end = -1;
  for (let j = i + 1; j < Math.min(raw.length, i + MAX_LINES); j++) {
    const t = raw[j].trimEnd();
    if (t === '---' || t === '...') {
      end = j;
      break;
    }
  }
  if (end < 0) return null;
  const block = raw.slice(i + 1, end);
  let fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  let parsed: unknown;
  try {
    parsed = parseYaml(block.join('\n'));
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      const text = fieldText(v);
      if (text) fields[k.trim()] = text;
      if (text && Array.isArray(v)) lists[k.trim()] = v.map((item) => fieldText(item)!);
    }
  } else if (parsed === undefined) fields = lineFields(block);
  // a `---` rule over a paragraph of text is no front matter: it has no `key: value` at all
  return Object.keys(fields).length ? { startIndex: i, endIndex: end, fields, lists } : null;
}

/** Look up a field by any of its usual names. */
export function frontMatterValue(fm: Pick<YamlFrontMatter, 'fields'> | null, names: string[]): string | null {
  if (!fm) return null;
  for (const n of names) {
    const v = fm.fields[n];
    if (v) return v;
  }
  return null;
}
