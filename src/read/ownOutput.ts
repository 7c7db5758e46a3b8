/** What gongbao writes: a parse result (or NDJSON of them) opens with its schema version. */
// `{ "schemaVersion": 1, …` at the start of the text
const OWN_OUTPUT = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)\s*,/;

/** The schema version a text of gongbao's own output opens with, or null for any other text. */
export function ownOutputVersion(text: string): number | null {
  const m = OWN_OUTPUT.exec(text.slice(0, 200));
  return m ? Number(m[1]) : null;
}
