/** A line that opens with a label and its colon (`主办单位：…`, `标题：…`, `电话：…`): metadata or a colophon, never a title. */

// a label of up to eight characters without clause marks or spaces, then its colon
const LABELLED = /^[^，。、：:\s]{1,8}[：:]/;

export function startsWithLabel(text: string): boolean {
  return LABELLED.test(text.trim());
}
