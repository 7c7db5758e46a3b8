/**
 * Text a PDF gives without meaning: fonts that map their glyphs to no Unicode (no ToUnicode map) come out as
 * private-use characters, U+FFFD or control characters. Share of such characters among the visible ones.
 */

// private use area, the replacement character, C0/C1 controls (tab aside)
const UNREADABLE = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

export function unreadableShare(text: string): number {
  const visible = text.replace(/\s+/g, '').length;
  if (!visible) return 0;
  return (text.match(UNREADABLE)?.length ?? 0) / visible;
}

/** Above this share the text is refused (run OCR first); above WARN_SHARE it is read with a warning. */
export const REFUSE_SHARE = 0.3;
export const WARN_SHARE = 0.02;
