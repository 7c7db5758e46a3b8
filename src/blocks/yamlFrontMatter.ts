/** YAML front matter of files saved from web archives: `---` / `文号: …` / `发布日期: …` / `---`. */

export interface YamlFrontMatter {
  /** 0-based indexes of the first and last raw lines (the two `---`). */
  startIndex: number;
  endIndex: number;
  fields: Record<string, string>;
}

export function parseYamlFrontMatter(raw: string[]): YamlFrontMatter | null {
  let i = 0;
  while (i < raw.length && raw[i].trim() === '') i++;
  if (i >= raw.length || raw[i].trim() !== '---') return null;
  const fields: Record<string, string> = {};
  for (let j = i + 1; j < Math.min(raw.length, i + 60); j++) {
    const t = raw[j].trim();
    if (t === '---' || t === '...') return Object.keys(fields).length ? { startIndex: i, endIndex: j, fields } : null;
    if (t === '') continue;
    const m = /^([^:：]{1,30})[:：]\s*(.*)$/.exec(t);
    if (!m) return null;
    fields[m[1].trim()] = m[2].trim().replace(/^["']|["']$/g, '');
  }
  return null;
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
