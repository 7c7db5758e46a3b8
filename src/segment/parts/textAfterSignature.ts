/**
 * Lines under a signature hold a text of their own (an issued text printed without its title: its sentences or its
 * numbered parts), not a page's trailer (来源：某某融媒体中心, 编辑：某某, a bar) that carried no line end of a
 * sentence: at least one line ends a sentence or opens a numbered part.
 */
import { endsSentence } from '../../text/normalize.js';
import { parseMarker } from '../../text/markers.js';

export function holdsText(texts: string[]): boolean {
  return texts.some((t) => endsSentence(t.trim()) || parseMarker(t) !== null);
}
