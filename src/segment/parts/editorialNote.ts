/**
 * An editor's note printed under a reprinted document: `（本文有删减）`, `（有删节）`, `（节选）`, `（摘要）`.
 * It says how the text was printed; it is never part of a title.
 */
import { removeAllSpaces } from '../../text/normalize.js';

// （本文有删减） （此件有删节） （有删减） （节选） （摘要） （摘编）
const EDITORIAL_NOTE = /^[（(](?:(?:本文|此文|此件|原文)?有删[减节]|删节|节选|摘要|摘编)[)）]$/;

export function isEditorialNote(text: string): boolean {
  return EDITORIAL_NOTE.test(removeAllSpaces(text.normalize('NFKC')));
}
