/**
 * Adoption note of laws, regulations and rules without a signature: （2011年12月22日…会议通过）.
 * The date it gives is the document's date; an effective (施行) date is not.
 */
import { findDate } from './dates.js';

// Bracketed line with a date and a verb of adoption or promulgation
const ADOPTION = /^[（(](.*?(通过|公布|发布|批准|修订|修正|审议)[^（）()]*)[)）]$/;

export function parseAdoptionNote(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m = ADOPTION.exec(t);
  if (!m || /施行/.test(m[1]) && !/(通过|公布)/.test(m[1])) return null;
  const d = findDate(m[1]);
  return d ? d.iso : null;
}
