/** `1 document`, `2 documents`: counts in summaries read as English. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
