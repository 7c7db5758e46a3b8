/**
 * Pinyin a converting mirror site wrote after characters it reads two ways (發(fā), 關(guān), 區(qū)): the gloss is
 * not the document's text. Only a bracketed run of Latin letters with a tone mark, right after a Han character, is a
 * gloss: an enumeration (a) or an English word in brackets has no tone mark.
 */

// a Han character, then (pinyin with a tone mark): 發(fā) / 實(shí) / 號(hào); a line end may fall inside when the page
// was hard-wrapped (政務(w / ù)誠信, 務 / (wù)): it stays, so no line moves
const GLOSS = /(\p{Script=Han})(\r?\n)?[(（]((?:[a-zü]|\r?\n)*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ](?:[a-zü]|\r?\n)*)[)）]/gu;

/** The text without pinyin glosses, and how many were taken out. */
export function removePinyinGlosses(text: string): { text: string; removed: number } {
  // (most texts are passed over here: no tone-marked vowel at all)
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(GLOSS, (_m, han: string, lineEnd: string | undefined, pinyin: string) => {
    removed++;
    return han + (lineEnd ?? '') + (pinyin.match(/\r?\n/g) ?? []).join('');
  });
  return { text: out, removed };
}
