/**
 * What a page says about its document in `<head>`: `<title>` and the `<meta>` tags government CMSs write
 * (ArticleTitle, PubDate, ContentSource, …). Mapped to the labels of the 信息公开 table, so the parse ranks them
 * as it ranks front matter: below what the document prints.
 */
import type { Element, ElementContent } from 'hast';

/** `<meta name>` (lower case) → the 信息公开 label it stands for. */
const META_LABELS: Record<string, string> = {
  articletitle: '标题',
  pubdate: '发布日期',
  contentsource: '来源',
  'dc.title': '标题',
  'dc.date': '发布日期',
  'dc.source': '来源',
  firstpublishedtime: '发布日期',
};

function textOf(el: Element): string {
  return (el.children as ElementContent[]).map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

export function pageMeta(head: Element | null): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!head) return fields;
  for (const el of head.children) {
    if (el.type !== 'element') continue;
    if (el.tagName === 'title') {
      const t = textOf(el).trim();
      if (t) fields['页面标题'] ??= t;
    } else if (el.tagName === 'meta') {
      const name = String(el.properties?.name ?? el.properties?.property ?? '').toLowerCase();
      const content = String(el.properties?.content ?? '').trim();
      const label = META_LABELS[name];
      if (label && content) fields[label] ??= content;
    }
  }
  return fields;
}
