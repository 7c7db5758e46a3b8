/**
 * How an index turns text into FTS5 tokens and a query word into an FTS5 expression, behind one interface.
 * `bigram` (default): overlapping Han bigrams; a word is an exact phrase, no dictionary at query time.
 * `jieba`: jieba search-mode words (smaller on disk); a word is the AND of its short jieba pieces, so its
 * matches are candidates that search verifies on the document text.
 */
import { bigramIndexText, bigramPhrase, hanCharSet, hasUntokenized, singleHanChar } from './bigramTokens.js';
import { indexTokens, loadSegmenter, lookupTokens, type SegmenterName } from './segmenter.js';
import { comparableText } from '../text/normalize.js';

export type TokenizerName = 'bigram' | 'jieba';
export const TOKENIZERS: TokenizerName[] = ['bigram', 'jieba'];

export interface Tokenizer {
  name: TokenizerName;
  /** The text as space-separated tokens. */
  indexText(text: string): string;
  /** An FTS5 expression matching documents that may contain the word; null when the word has no tokens. */
  wordExpr(word: string): string | null;
  /**
   * Does wordExpr(word) match exactly the documents whose text contains the word verbatim (every match holds
   * it, and every document holding it matches)? Otherwise matches are verified on the text.
   */
  exact(word: string): boolean;
  /**
   * Does every match of wordExpr(word) contain the word, though some documents containing it may not match?
   * Then an excluded word's matches can be taken out by FTS5 before the rest is checked on the text.
   */
  matchImpliesWord(word: string): boolean;
  /**
   * Is wordExpr(word) exact but for punctuation (a phrase of the word's letters, digits and Han characters in their
   * order)? Then a word whose punctuation may be anything (a 发文字号 in any brackets) needs no check on the text.
   */
  exactButPunctuation(word: string): boolean;
  /** Tokens of the `chars` table for a text (each distinct character once), if this tokenizer uses it. */
  charText?(text: string): string;
  /** A `chars` expression deciding the word exactly (a one-character word), or null: then wordExpr decides. */
  charExpr?(word: string): string | null;
}

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** A bigram phrase is exact unless the word holds punctuation, which has no tokens. */
const bigramExact = (word: string): boolean => !hasUntokenized(word);

export const bigramTokenizer: Tokenizer = {
  name: 'bigram',
  indexText: bigramIndexText,
  wordExpr: bigramPhrase,
  exact: bigramExact,
  matchImpliesWord: bigramExact,
  exactButPunctuation: (word) => bigramPhrase(word) !== null,
  charText: hanCharSet,
  charExpr: (word) => {
    const c = singleHanChar(word);
    return c === null ? null : quote(c);
  },
};

export function jiebaTokenizer(segmenter?: SegmenterName): Tokenizer {
  const seg = loadSegmenter(segmenter);
  return {
    name: 'jieba',
    indexText: (text) => indexTokens(seg, text).join(' '),
    wordExpr: (word) => {
      const tokens = lookupTokens(seg, word);
      return tokens.length ? `(${tokens.map(quote).join(' AND ')})` : null;
    },
    exact: () => false,
    exactButPunctuation: () => false,
    // one jieba word that is the whole word: a document holding that token holds the text
    matchImpliesWord: (word) => {
      const tokens = lookupTokens(seg, word);
      return tokens.length === 1 && tokens[0] === comparableText(word);
    },
  };
}

export function makeTokenizer(name: TokenizerName, segmenter?: SegmenterName): Tokenizer {
  return name === 'jieba' ? jiebaTokenizer(segmenter) : bigramTokenizer;
}
