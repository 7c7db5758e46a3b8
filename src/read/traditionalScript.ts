/**
 * Text printed in traditional characters (a mainland document on a mirror site that converts every page, a
 * Hong Kong or Taiwan copy: 國辦發〔2013〕30號, 辦公廳, 關於) is read through its simplified forms, so every
 * recogniser written for 公文 conventions (发文字号, 关于, 人民政府, 印发) applies to it as it is: the text is
 * folded character for character by OpenCC's traditional → mainland-simplified dictionaries (opencc-js), the parse
 * runs on the folded text, and the strings of the result are given back in the characters the text printed.
 *
 * Only a text that is mostly traditional is folded: a simplified text keeps every character it prints (OpenCC
 * would change a rare one of them, 復 in 復议, and nothing is gained).
 */
import { Converter } from 'opencc-js/t2cn';

/** Traditional forms of the characters most frequent in official texts (业区务发设…): a cheap gate before OpenCC. */
const COMMON_TRADITIONAL = '業區務發設實進應動產體項強開機責級辦單會爲為對規關資監數與創網醫門標國點縣環現經審場導電運統據時領質構準專聯險範優評學農劃職營證預組調協報確員於們這個號條';
/** The gate's characters by UTF-16 code unit (a table: the gate asks every character it reads). */
const IS_COMMON_TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_TRADITIONAL.length; i++) IS_COMMON_TRADITIONAL[COMMON_TRADITIONAL.charCodeAt(i)] = 1;
/** How much of the text the gate reads. */
const GATE_CHARS = 10000;
/** Gate hits that send a text to OpenCC. */
const GATE_HITS = 10;
/** Share of Han characters OpenCC must change for the text to count as traditional. */
const MIN_CHANGED_SHARE = 0.03;

export interface FoldedText {
  text: string;
  /** Han characters the fold changed. */
  changed: number;
  /** A string of the folded text given back in the characters the text printed. */
  restore: (s: string) => string;
}

let convert: ((s: string) => string) | null = null;

/** Does the opening of the text print the traditional forms of common characters (the gate before OpenCC)? */
export function mayBeTraditional(text: string): boolean {
  let hits = 0;
  const gateEnd = Math.min(text.length, GATE_CHARS);
  for (let i = 0; i < gateEnd; i++) if (IS_COMMON_TRADITIONAL[text.charCodeAt(i)] && ++hits >= GATE_HITS) return true;
  return false;
}

/** The text folded to simplified characters, or null when it is not a text in traditional characters. */
export function foldTraditional(text: string): FoldedText | null {
  if (!mayBeTraditional(text)) return null;
  const toSimplified = (convert ??= Converter({ from: 't', to: 'cn' }));
  const folded = foldAligned(text, toSimplified);
  // how often each folded character stands for each printed one (a character printed both ways keeps its majority)
  const counts = new Map<string, Map<string, number>>();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const printed = text[i];
    if (printed < '\u3400') continue;
    han++;
    if (folded[i] === printed) continue;
    changed++;
    let forms = counts.get(folded[i]);
    if (!forms) counts.set(folded[i], (forms = new Map()));
    forms.set(printed, (forms.get(printed) ?? 0) + 1);
  }
  if (changed === 0 || changed / han < MIN_CHANGED_SHARE) return null;
  // (a folded character also printed as itself counts for itself)
  for (let i = 0; i < text.length; i++) {
    const forms = text[i] === folded[i] ? counts.get(text[i]) : undefined;
    if (forms) forms.set(text[i], (forms.get(text[i]) ?? 0) + 1);
  }
  const back = new Map<string, string>();
  /** Folded characters the text prints in more than one way (规范 as 規范 and 規範, 余 as 余 and 餘). */
  const ambiguous = new Set<string>();
  for (const [simple, forms] of counts) {
    const [printed] = [...forms].sort((a, b) => b[1] - a[1])[0];
    if (printed !== simple) back.set(simple, printed);
    if (forms.size > 1) ambiguous.add(simple);
  }
  // how the text prints each of them among the two characters around it, by the three characters' folded form and
  // its place in them (a lookup for each character restored: a search of the text for each string would cost n²)
  const inContext = new Map<string, string>();
  if (ambiguous.size) {
    for (let i = 0; i < folded.length; i++) {
      if (!ambiguous.has(folded[i])) continue;
      for (const at of CONTEXT_PLACES) {
        const start = i - at;
        if (start < 0 || start + CONTEXT > folded.length) continue;
        const key = at + folded.slice(start, start + CONTEXT);
        if (!inContext.has(key)) inContext.set(key, text[i]);
      }
    }
  }
  /** How the text prints s[i] where it holds s[i] with two of its neighbours in s; the majority form else. */
  const printedInContext = (s: string, i: number): string => {
    for (const at of CONTEXT_PLACES) {
      const start = i - at;
      if (start < 0 || start + CONTEXT > s.length) continue;
      const printed = inContext.get(at + s.slice(start, start + CONTEXT));
      if (printed) return printed;
    }
    return back.get(s[i]) ?? s[i];
  };
  let exactLookups = 0;
  const restore = (s: string): string => {
    let mixed = false;
    for (let i = 0; i < s.length && !mixed; i++) mixed = ambiguous.has(s[i]);
    // a string the text holds as it is comes back exactly as printed there (the fold keeps every position); each
    // search reads the text, so only the first strings asked (a document's title, number and issuer come first) get one
    if (mixed && exactLookups < MAX_EXACT_LOOKUPS) {
      exactLookups++;
      const at = folded.indexOf(s);
      if (at >= 0) return text.slice(at, at + s.length);
    }
    let out = '';
    for (let i = 0; i < s.length; i++) out += ambiguous.has(s[i]) ? printedInContext(s, i) : (back.get(s[i]) ?? s[i]);
    return out;
  };
  return { text: folded, changed, restore };
}

/** Strings looked for whole in a text printing some character two ways (each search reads the text once). */
const MAX_EXACT_LOOKUPS = 200;
/** Characters of the context a character's printed form is looked up in (it and two neighbours). */
const CONTEXT = 3;
/** The character's place in its context, tried in turn: in the middle, first, last. */
const CONTEXT_PLACES = [1, 0, 2] as const;

/**
 * The text converted so that every character keeps its place (OpenCC converts phrases: one whose conversion has
 * another length is converted a character at a time, so positions in the folded text are positions in the text).
 */
function foldAligned(text: string, convertText: (s: string) => string): string {
  const whole = convertText(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const c = convertText(line);
      if (c.length === line.length) return c;
      let out = '';
      for (const ch of line) {
        const one = convertText(ch);
        out += one.length === ch.length ? one : ch;
      }
      return out;
    })
    .join('\n');
}

/** Fields that name a category, not printed text: a 决定 is a 决定 in any script (search filters by it). */
const CATEGORY_KEYS = new Set(['docType']);

/**
 * Every string in value (objects and arrays walked) given back by restore, but for the values of CATEGORY_KEYS; the
 * value itself is changed.
 */
export function restoreStrings<T>(value: T, restore: (s: string) => string): T {
  if (typeof value === 'string') return restore(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreStrings(value[i], restore);
    return value;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!CATEGORY_KEYS.has(k)) o[k] = restoreStrings(o[k], restore);
  }
  return value;
}
