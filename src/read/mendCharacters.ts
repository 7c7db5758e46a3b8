/**
 * What an extractor, a character set or a forum did to a text's characters, undone before its lines are read, each
 * with a warning: a forum's anti-copy runs of random ASCII, punctuation given as its font's GBK codes (ꎬ for ，), a space after every character of a line, a `?` for
 * each no-break space.
 */
import type { Warning } from '../types.js';
import { readFontCodePunctuation } from './fontCodePunctuation.js';
import { unspaceCharacters } from './spacedCharacters.js';
import { restoreLostSpaces } from './lostSpaces.js';
import { removeForumJammer } from './forumJammer.js';

export function mendCharacters(text: string, warnings: Warning[]): string {
  const jammer = removeForumJammer(text);
  if (jammer.removed) warnings.push({ code: 'forum-jammer', message: `took out ${jammer.removed} runs of random ASCII a forum writes into posts against copying (8 ^/ ?2 @& l5 P): the forum's, not the document's`, line: null });
  const punctuation = readFontCodePunctuation(jammer.text);
  if (punctuation.changed) warnings.push({ code: 'font-code-punctuation', message: `read ${punctuation.changed} punctuation marks given as their font's GBK codes (ꎬ for ，): an extractor's, not the document's`, line: null });
  const unspaced = unspaceCharacters(punctuation.text);
  if (unspaced.lines) warnings.push({ code: 'spaced-characters', message: `took out the spaces after every character of ${unspaced.lines} line(s) (青 海 省 …): an extractor's, not the document's`, line: null });
  const spaces = restoreLostSpaces(unspaced.text);
  if (spaces.restored) warnings.push({ code: 'lost-spaces', message: `read ${spaces.restored} ? as the spaces a character set lost (第一章?总?则)`, line: null });
  return spaces.text;
}
