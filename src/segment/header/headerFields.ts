/**
 * A document's header elements given only in the file's front matter (YAML, or a web page's metadata table) fill what
 * the text did not print: the title of a text found without a header, the 发文字号, the 成文日期 and the issuer, and,
 * from an export's own front matter, the 主送, the publicity note (附注), the 附件说明 and the 版记. Markdown authoring
 * formats for GB/T 9704 documents keep every one of those in the YAML header and print only the body (quarto-gbt9704:
 * `header-org`, `header-number`, `mainreceiver`, `signature`, `signdate`, `notes`, `attachments`, `copyto`,
 * `issue-author`, `issue-date`).
 */
import type { Attachment, Document, Warning } from '../../types.js';
import { parseDocNumber } from '../../text/docNumber.js';
import { findDate, isCalendarDate } from '../../text/dates.js';
import { isOrganList } from '../../text/organName.js';
import { parsePublicity } from '../../text/publicity.js';
import { removeLayoutSpaces } from '../../text/normalize.js';

/** The keys front matter and page metadata give a title under, first found first (plain words: no regex marks). */
export const TITLE_KEYS = ['标题', 'title', '名称'];
/** The keys front matter and page metadata give a 发文字号 under. */
export const NUMBER_KEYS = ['文号', '发文字号', '发文文号', '发布文号', '字号', '文件编号', 'docNumber', 'doc_number', 'doc_num', 'doc_no', 'header-number', 'header_number'];
const SIGNED_KEYS = ['成文日期', '发文日期'];
/** An export's own keys for the date a text was signed or promulgated (never a web page's 发布日期). */
const EXPORT_DATE_KEYS = ['发布日期', '公布日期', 'date', 'signDate', 'sign_date', 'signdate', 'publish_date', 'promulgation_date'];
const ISSUER_KEYS = ['发文机关', '发文机构', '发布机构', '发文单位', '发布单位', '颁布单位', '制发机关', '制定机关', '发文机关署名', 'issuer', 'authority', 'issuing_authority', 'header-org', 'header_org', 'signature'];
const RECIPIENT_KEYS = ['主送机关', '主送', 'recipients', 'mainreceiver', 'main_receiver'];
const PUBLICITY_KEYS = ['附注', 'publicity', 'notes'];
const ATTACHMENT_KEYS = ['附件', 'attachments'];
const COPY_TO_KEYS = ['抄送机关', '抄送', 'copyto', 'copy_to'];
const PRINTER_KEYS = ['印发机关', 'issue-author', 'issue_author'];
const PRINT_DATE_KEYS = ['印发日期', 'issue-date', 'issue_date'];

export interface FieldValue {
  value: string;
  source: 'frontMatter' | 'pageMetadata';
}

/** What the header fields are read from: a field by any of its names, and an export's lists by any of theirs. */
export interface HeaderFieldSource {
  field: (names: string[]) => FieldValue | null;
  list: (names: string[]) => string[] | null;
}

// an item's number before its title in a list of attachments: 1. / 1、 / 2．
const ITEM_NUMBER = /^\s*(\d{1,2})\s*[.．、]\s*/;

/** The date a field gives, as YYYY-MM-DD, or null (a warning when it names no day of the calendar). */
function isoDate(value: string, warnings: Warning[]): string | null {
  const iso = findDate(value)?.iso ?? (/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null);
  if (iso && !isCalendarDate(iso)) {
    warnings.push({ code: 'impossible-date', message: `the front matter's date ${value} is not a day of the calendar: not used`, line: null });
    return null;
  }
  return iso;
}

/** The attachments a front matter lists (`- "1. 某某办法"`), numbered as listed. */
function listedAttachments(items: string[]): Attachment[] {
  return items.map((item, n) => {
    const numbered = ITEM_NUMBER.exec(item);
    const number = numbered ? Number(numbered[1]) : n + 1;
    return { label: items.length === 1 && !numbered ? '附件' : `附件${number}`, title: removeLayoutSpaces(item.replace(ITEM_NUMBER, '')), printed: false, lines: null, body: [] };
  });
}

/**
 * Fill a document from its front matter. A page's publication date is not the date the document was signed: it fills
 * signDate only from an export's own front matter (`publishedAsSigned`), never from a web page; so with the 主送, the
 * 附注, the 附件说明 and the 版记, which only an export's own front matter gives.
 */
export function applyHeaderFields(d: Document, from: HeaderFieldSource, warnings: Warning[], publishedAsSigned: boolean): void {
  const { field } = from;
  // a document found without any header takes its title from the front matter
  const title = field(TITLE_KEYS);
  if (title && warnings.some((w) => w.code === 'document-without-header')) {
    d.title = title.value;
    d.titleSource = title.source;
  }
  // (a value that is a number: not 无, nor a field the page left empty and the next label took, 文件分类: 综合政务)
  const no = field(NUMBER_KEYS);
  if (!d.docNumber && no && (parseDocNumber(no.value) || (no.value.includes('号') && !/[:：|｜]/.test(no.value)))) {
    d.docNumber = parseDocNumber(no.value)?.normalized ?? no.value;
    d.docNumberRaw = no.value;
    d.docNumberSource = no.source;
  }
  const anyDate = publishedAsSigned ? field([...SIGNED_KEYS, ...EXPORT_DATE_KEYS]) : null;
  const date = anyDate?.source === 'frontMatter' ? anyDate : field(SIGNED_KEYS);
  const iso = !d.signDate && date ? isoDate(date.value, warnings) : null;
  if (iso && date) {
    d.signDate = iso;
    d.signDateSource = date.source;
  }
  // (only a value that names organs: a site fills the field with itself, 县政府网站)
  const issuer = field(ISSUER_KEYS);
  if (!d.issuer && issuer && isOrganList(issuer.value)) {
    d.issuer = issuer.value;
    d.issuerSource = issuer.source;
  }
  if (!publishedAsSigned) return;
  const own = (names: string[]): string | null => {
    const v = field(names);
    return v?.source === 'frontMatter' ? v.value : null;
  };
  // (the 主送 as it would be printed: 各有关单位：, its colon taken off)
  const recipients = own(RECIPIENT_KEYS);
  if (!d.recipients && recipients) d.recipients = removeLayoutSpaces(recipients).replace(/[:：]\s*$/, '') || null;
  const note = own(PUBLICITY_KEYS);
  if (!d.publicity && note) d.publicity = parsePublicity(note);
  const listed = from.list(ATTACHMENT_KEYS);
  if (!d.attachments.length && listed?.length) d.attachments = listedAttachments(listed);
  const copyTo = own(COPY_TO_KEYS);
  const printer = own(PRINTER_KEYS);
  const printDate = own(PRINT_DATE_KEYS);
  if (copyTo || printer || printDate) {
    const imprint = d.imprint ?? { copyTo: null, printer: null, printDate: null };
    d.imprint = {
      copyTo: imprint.copyTo ?? (copyTo ? removeLayoutSpaces(copyTo).replace(/[。.]$/, '') : null),
      printer: imprint.printer ?? printer,
      printDate: imprint.printDate ?? (printDate ? isoDate(printDate, warnings) : null),
    };
  }
}
