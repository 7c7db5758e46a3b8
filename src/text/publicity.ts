/** Publicity note under the sign date: （此件公开发布） （此件删减后公开） （此件依申请公开） （此件详见…）. */
import { removeLayoutSpaces } from './normalize.js';

// A whole line (optionally bracketed) beginning with 此件, up to 30 characters
const PUBLICITY = /^[（(]?\s*(此\s*件[^（）()]{1,30}?)\s*[)）]?$/;

export function parsePublicity(text: string): string | null {
  const m = PUBLICITY.exec(text.trim());
  return m ? removeLayoutSpaces(m[1]) : null;
}
