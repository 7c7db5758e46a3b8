/**
 * Names of the texts a notice issues or forwards: `关于印发《A》《B》的通知` → [A, B];
 * `关于印发XX实施方案的通知` → [XX实施方案]; `关于转发…关于…的通知的通知` → [关于…的通知].
 */
import { detectDocType, withoutTrailingNotes } from '../../text/docType.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { titleSimilarity } from '../../text/similarity.js';

// 印发/转发/颁布/颁发/发布/公布/下发 … 的通知/决定/函/令
const ISSUING = /(?:印发|转发|颁布|颁发|发布|公布|下发|批转)(.+)的(?:通知|决定|函|令|通告|公告|批复)$/;
// 征求《X》意见的函 / 征求对《X》修改意见 / 关于《X》公开征求意见的公告
const CONSULTING = /征求.*《(.+?)》|《(.+?)》.*征求.*意见/;

export function isIssuingTitle(title: string): boolean {
  return ISSUING.test(withoutTrailingNotes(title)) || CONSULTING.test(title);
}

export function issuedNames(title: string): string[] {
  // names in 《》, else in the 〈〉 a title takes when a site prints it inside 《》 itself
  // (with the bracketed word a title puts after the name: 《某某办法》(试行))
  const book = [...title.matchAll(/《([^《》]+)》([(（][^()（）]{1,6}[)）])?/g)].map((m) => m[1] + (m[2] ?? ''));
  const quoted = book.length ? book : [...title.matchAll(/〈([^〈〉]+)〉/g)].map((m) => m[1]);
  // (a site's note after the kind, 的通知(2019修订), is no part of it)
  const m = ISSUING.exec(withoutTrailingNotes(title));
  if (m) {
    if (quoted.length) return quoted;
    // 转发A管理办法和B管理办法的通知: two texts, each named whole (not 转发A和B领域工作方案, one text)
    const parts = m[1].split(/和|及|、/);
    if (parts.length > 1 && parts.every((p) => p.length >= 4 && detectDocType(p))) return parts;
    return [m[1]];
  }
  if (CONSULTING.test(title)) return quoted;
  return [];
}

// a forwarded text named with its makers: 市文化局市新闻出版局关于某某办法 (the makers, 关于, the matter)
const MAKERS_ABOUT = /^(.{2,40}?)关于(.{4,})$/;

/**
 * The forms a printed title may take of a text a notice names: the name, and for a text named with its makers
 * (转发市文化局市新闻出版局关于某某办法的通知) its matter alone, as the text is printed under its own title (某某办法).
 */
export function nameForms(name: string): string[] {
  const m = MAKERS_ABOUT.exec(name);
  return m && looksLikeOrganName(m[1]) && detectDocType(m[2]) ? [name, m[2]] : [name];
}

/** A printed title is one of the named texts: alike to a form of a name (titleSimilarity at least `min`). */
export function namesTitle(names: string[], title: string, min: number): boolean {
  return names.some((n) => nameForms(n).some((f) => titleSimilarity(f, title) >= min));
}

// 关于印发X等三个文件的通知: the title names one text of several; the notice's opening sentence names them all
const SEVERAL = /等[一二三四五六七八九十两\d]*(?:个|项|份|部)?(?:文件|办法|规定|制度|方案|意见|细则)的/;

/** The title issues several texts and names only the first (…等三个文件的通知). */
export function issuesSeveral(title: string): boolean {
  return isIssuingTitle(title) && SEVERAL.test(title);
}

/**
 * An order (令) promulgates the texts its opening lines name in 《》: 《XX办法》已经…通过，现予公布. Its title is the organ's
 * 令 (某市人民政府令, 国务院令, 某某部令, 主席令, the code 某府令); a command named by its matter (某县人民政府森林防火禁火令,
 * 禁渔令) promulgates nothing: the 《》 its opening names are its grounds (根据《某某法》).
 */
export function isOrderTitle(title: string): boolean {
  const t = title.replace(/[\s\u3000]+/g, '');
  return /令$/.test(t) && (looksLikeOrganName(t.slice(0, -1)) || /(?:府|主席)令$/.test(t));
}

// 《X》已经…通过，现予公布 / 现将《X》予以发布: an opening sentence that promulgates what it names
const PROMULGATING = /现予(?:公布|发布|印发|施行)|予以(?:公布|发布)|现(?:公布|发布)/;

/** The opening lines as one text: a sentence wrapped over lines (pdftotext, a hard-wrapped page) is read whole. */
function openingText(texts: string[]): string {
  return texts.join('').replace(/[\s\u3000]+/g, '');
}

/**
 * Does the opening name a text in 《》 and act on it with `verb` in one unit: an opening line (《某某办法》已经…通过。现予
 * 公布), or a sentence of the opening whole wherever its lines were wrapped? (Only an opening that holds both anywhere
 * is split: the opening of a signed document is its whole body.)
 */
function namesAndActs(texts: string[], verb: RegExp): boolean {
  const whole = openingText(texts);
  if (!whole.includes('《') || !verb.test(whole)) return false;
  const named = (t: string) => /《[^《》]+》/.test(t) && verb.test(t);
  return texts.some((t) => named(t.replace(/[\s\u3000]+/g, ''))) || whole.split(/(?<=[。；！？])/).some(named);
}

/** The opening lines promulgate a text they name in 《》 (an order's 现予公布, whatever the title says). */
export function promulgatesInOpening(texts: string[]): boolean {
  return namesAndActs(texts, PROMULGATING);
}

// 现将《X》印发给你们 / 《X》已经…同意，现印发给你们 / 现转发给你们: an opening sentence that issues or forwards what it names
const ISSUING_OPENING = /(?:印发|转发|下发|颁发)给你们|现予印发/;

/** The opening lines issue or forward a text they name in 《》 (现将《某某规则》印发给你们). */
export function issuesInOpening(texts: string[]): boolean {
  return namesAndActs(texts, ISSUING_OPENING);
}

/** The document promulgates the texts its opening names: an order (某某令), or one whose opening says so (现予公布). */
export function promulgatesNamedTexts(title: string, openingTexts: string[]): boolean {
  return isOrderTitle(title) || promulgatesInOpening(openingTexts);
}

export function promulgatedNames(texts: string[]): string[] {
  return [...openingText(texts).matchAll(/《([^《》]+)》/g)].map((m) => m[1]);
}

// 现将《X》印发给你们 / 现予公布 / 特此通知: the sentence that announces an issued text names it but is not its title
const ANNOUNCING = /^(现将|兹将|今将|特此|现予)|(印发|转发|下发|发)给你们|予以?(公布|印发)|如下$/;

export function isAnnouncingSentence(text: string): boolean {
  return ANNOUNCING.test(text.replace(/[\s\u3000]+/g, ''));
}
