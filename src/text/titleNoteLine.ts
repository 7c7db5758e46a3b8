/**
 * One line of a 题注 (立法法; the forms of 人大 and 国务院 texts), bracketed or not: a dated note of when a text was
 * adopted, approved, promulgated, amended or takes effect (`（2011年12月22日某市…会议通过）`, `2005年1月10日 国务院令第431号
 * 公布`). The stages that cut lines and find document starts ask it; segment/header/titleNote reads whole notes.
 */
import { findDate, opensWithLostMarksDate } from './dates.js';

// Verbs of the events a 题注 records (备案: an amendment to an annex the standing committee records, 予以备案)
export const NOTE_VERB = /通过|批准|公布|发布|颁布|修正|修订|修改|施行|审议|印发|备案/;
// How an unbracketed note line opens: a date, or 根据/自/经/于 + date
const NOTE_OPENING = /^(?:根据|自|经|于)?\s*([12]\d{3}|[〇零一二三四五六七八九О]{4})\s*年/;

/** Does a note line open here: with a date (or one whose 年 and 月 a page lost, 2017822日: a note, dating nothing)? */
export function opensNote(text: string): boolean {
  return NOTE_OPENING.test(text) || opensWithLostMarksDate(text);
}

// Opening and closing brackets of a bracketed note
export const OPEN = /^[（(]/;
export const CLOSE = /[)）][。.]?$/;

export function noteBody(text: string): string {
  return text.normalize('NFKC').trim().replace(OPEN, '').replace(CLOSE, '');
}

/** Cheap test before any normalisation: a note line has a year and an event verb. */
export function mayBeNote(text: string): boolean {
  return (text.includes('年') || text.includes('日')) && NOTE_VERB.test(text);
}

/** One note clause: dated, with an event verb, short, not a sentence of running text. */
export function isNoteText(body: string, bracketed: boolean): boolean {
  if (body.length > 400 || !NOTE_VERB.test(body) || !(findDate(body) || opensWithLostMarksDate(body))) return false;
  // running text ends with a full stop; a bracketed note may carry one inside its brackets
  if (!bracketed && /[。！？；;：:]$/.test(body)) return false;
  if (!bracketed && !opensNote(body)) return false;
  return true;
}

/** A single line that is (part of) a 题注: bracketed and complete, or an unbracketed dated note line. */
export function isTitleNoteLine(text: string): boolean {
  if (!mayBeNote(text)) return false;
  const t = text.normalize('NFKC').trim();
  const bracketed = OPEN.test(t) && CLOSE.test(t);
  return isNoteText(noteBody(t), bracketed);
}
