/**
 * A line drawn with characters: `------`, `——————`, `━━━━`, `＝＝＝`, `* * *`. GB/T 9704's red separator line under
 * the masthead, and the rule over the 版记, come out of pages and converters this way; such a line is a separator,
 * in every format, never a line of text.
 */

// one rule character (ASCII and full-width dashes, box-drawing lines, underscores, equals signs, stars, tildes)
const RULE_CHAR = /^([-_=*~—─━═－＿＝～])\1*$/;

export function isRuleLine(text: string): boolean {
  const t = text.replace(/[\s\u00a0\u3000]+/g, '');
  // three of one character at least: `--` or `——` alone is a dash in running text, not a line
  return t.length >= 3 && RULE_CHAR.test(t);
}
