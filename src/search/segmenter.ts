/**
 * Chinese word segmentation behind one small interface. `@node-rs/jieba` (prebuilt binary, fast to load)
 * is the default; `nodejieba` (builds from source) is used when asked for and installed. Both load the
 * government vocabulary in dict/gov.dict.txt. An index records the segmenter and dictionary that built it.
 */
import { packageFile } from '../util/packageFile.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

export type SegmenterName = 'node-rs-jieba' | 'nodejieba';

export interface Segmenter {
  name: SegmenterName;
  version: string;
  /** sha256 of the user dictionary loaded. */
  dictionary: string;
  /** Accurate mode: the words of a query. */
  cut(text: string): string[];
  /** Search mode: words plus the shorter words inside long ones, for indexing. */
  cutForSearch(text: string): string[];
}

const require = createRequire(import.meta.url);
export const USER_DICT = packageFile('dict', 'gov.dict.txt');

function userDict(): { bytes: Buffer; sha: string } {
  const bytes = readFileSync(USER_DICT);
  return { bytes, sha: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export class SegmenterUnavailable extends Error {}

function loadNodeRs(): Segmenter {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  const ud = userDict();
  jieba.loadDict(ud.bytes);
  return {
    name: 'node-rs-jieba',
    version: packageVersion('@node-rs/jieba'),
    dictionary: ud.sha,
    cut: (t) => jieba.cut(t, true),
    cutForSearch: (t) => jieba.cutForSearch(t, true),
  };
}

function loadNodeJieba(): Segmenter {
  let nj: { load(o: { userDict?: string }): void; cut(t: string, hmm?: boolean): string[]; cutForSearch(t: string, hmm?: boolean): string[] };
  try {
    nj = require('nodejieba');
  } catch {
    throw new SegmenterUnavailable('nodejieba is not installed: it is optional (the default segmenter is @node-rs/jieba); `npm install --yes nodejieba` in gongbao\'s folder builds it from source');
  }
  const ud = userDict();
  nj.load({ userDict: USER_DICT });
  return {
    name: 'nodejieba',
    version: packageVersion('nodejieba'),
    dictionary: ud.sha,
    cut: (t) => nj.cut(t, true),
    cutForSearch: (t) => nj.cutForSearch(t, true),
  };
}

const cache = new Map<SegmenterName, Segmenter>();

export function loadSegmenter(name: SegmenterName = 'node-rs-jieba'): Segmenter {
  let s = cache.get(name);
  if (!s) {
    s = name === 'nodejieba' ? loadNodeJieba() : loadNodeRs();
    cache.set(name, s);
  }
  return s;
}

// Tokens worth indexing: letters, digits and CJK, lower-cased; punctuation and spaces dropped
const WORD = /[\p{L}\p{N}]/u;

function words(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.trim().toLowerCase();
    if (w && WORD.test(w)) out.push(w);
  }
  return out;
}

/** Index side: search-mode words (long words and the words inside them). */
export function indexTokens(seg: Segmenter, text: string): string[] {
  return words(seg.cutForSearch(text.normalize('NFKC')));
}

/**
 * Query side, for looking words up in the index: the short words (≤ 3 characters) that search mode emits for
 * the query — exactly the pieces search mode also emits for that text inside any longer word of a document
 * (优化营商环境 → 营商, 环境), so a document holding the query text holds all of them. Words of 4+ characters
 * are not emitted inside longer words, which is why they are not used.
 */
export function lookupTokens(seg: Segmenter, text: string): string[] {
  const all = words(seg.cutForSearch(text.normalize('NFKC')));
  const short = all.filter((t) => [...t].length <= 3);
  return short.length ? [...new Set(short)] : all;
}

/** Query side: accurate-mode words. */
export function queryTokens(seg: Segmenter, text: string): string[] {
  return words(seg.cut(text.normalize('NFKC')));
}
