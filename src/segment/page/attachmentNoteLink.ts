/**
 * A download link that is a document's 附件说明. Web pages print the 附件 note of a document as a link to the
 * file (`附件：某某办法（试行）.docx`). After the document, with the site's footer, such a link is page chrome;
 * above the signature (GB/T 9704 puts the 附件说明 between the body and the signing organ and date) it is the
 * document's own list of attachments, and stays.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { parseDateLine } from '../../text/dates.js';
import { isDownloadLink } from './webChrome.js';

/** How far below the link the signature's date may be: a few organ lines and the links of further files. */
const REACH = 8;
/** Longer lines are sentences or paragraphs, never an organ of a signature. */
const MAX_SIGNATURE_LINE = 40;

/** lines[i] is a download link with only short lines (organs, further links) between it and a date line. */
export function isAttachmentNoteLink(lines: SourceLine[], i: number): boolean {
  if (!isDownloadLink(lines[i].text)) return false;
  for (let j = i + 1; j < lines.length && j <= i + REACH; j++) {
    const t = removeAllSpaces(lines[j].text);
    if (parseDateLine(t)) return true;
    if (lines[j].table || t.length > MAX_SIGNATURE_LINE || /[。；;]$/.test(t)) return false;
  }
  return false;
}
