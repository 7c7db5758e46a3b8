/** Chinese numerals (一 … 九十九, 一百二十三, 〇/零, 两, also full-width/ASCII digits) → integer. */

// zero is also typed as look-alikes: ○ and ◯ (circles), О (Cyrillic), O (Latin, as in 二OO六年)
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, '◯': 0, О: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a Chinese numeral (for use inside regex character classes). */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千';

export function parseChineseNumber(s: string): number | null {
  const t = s.normalize('NFKC').trim();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of t) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      section += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else {
      return null;
    }
  }
  total += section + (digit === -1 ? 0 : digit);
  return total;
}

/** Year written digit by digit: 二〇二二 → 2022. */
export function parseDigitByDigit(s: string): number | null {
  let out = '';
  for (const ch of s.normalize('NFKC')) {
    if (/\d/.test(ch)) out += ch;
    else if (ch in DIGITS) out += String(DIGITS[ch]);
    else return null;
  }
  return out ? Number(out) : null;
}
