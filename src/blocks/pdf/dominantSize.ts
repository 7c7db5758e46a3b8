/** The size most characters are set in (of a line's runs, or of a document's lines: its body text). */
export function dominantSize(items: readonly { size: number; text: string }[]): number {
  const chars = new Map<number, number>();
  for (const it of items) chars.set(it.size, (chars.get(it.size) ?? 0) + it.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}
