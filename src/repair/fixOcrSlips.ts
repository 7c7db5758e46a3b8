/**
 * OCR slips that break structure, fixed only where a rule can justify it from context:
 * - a responsibility note always opens with a bracket: `。正责任单位：` / `仁责任单位：` → `。（责任单位：`
 *   (at the start of a line or after a sentence end; 正/仁 are misreadings of `（`);
 * - `l1.` (letter l for digit 1) at the start of a numbered item → `11.`;
 * - `条五条 ` at the start of a line (条 typed for 第 before an article's number) → `第五条 `.
 */

export interface OcrFix {
  text: string;
  fixes: string[];
}

// 正/仁 misread for （ before a 责任单位/牵头单位 note, at line start or after 。；
const NOTE_BRACKET = /(^|[。；;])[正仁](?=(?:牵头|责任|配合)单位[:：])/g;
// l1. / l2. at the start of an item number
const LETTER_L = /^l(\d)(?=[.．])/;
// 条 for 第 before an article's number at the start of a line, a space after the heading: 条五条 市级…
const ARTICLE_SLIP = /^([\s\u3000]*)条([零〇一二两三四五六七八九十百千]{1,6})条(?=[\s\u3000])/;

export function fixOcrSlips(text: string): OcrFix {
  const fixes: string[] = [];
  let out = text.replace(NOTE_BRACKET, (m, before: string) => {
    fixes.push(`${m.slice(before.length)}→（`);
    return `${before}（`;
  });
  if (LETTER_L.test(out)) {
    fixes.push('l→1');
    out = out.replace(LETTER_L, '1$1');
  }
  if (ARTICLE_SLIP.test(out)) {
    fixes.push('条→第');
    out = out.replace(ARTICLE_SLIP, '$1第$2条');
  }
  return { text: out, fixes };
}
