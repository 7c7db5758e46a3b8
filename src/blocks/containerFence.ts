/**
 * Container fences of static-site generators (VuePress, VitePress, Docusaurus admonitions; markdown-it-container,
 * remark-directive): `::: tip`, `::: warning 注意`, `:::`. They are markup around blocks, as a code fence is: the
 * fence line itself is not text, and what it encloses starts and ends a block.
 */
// three or more colons, then optionally a container name and a title
const FENCE = /^\s{0,3}:{3,}\s*(?:[A-Za-z][\w-]*(?:\s.*)?|\{[^}]*\})?\s*$/;

export function isContainerFence(line: string): boolean {
  return line.includes(':::') && FENCE.test(line);
}

// an opening fence names its container: ::: tip / ::: warning 注意 / :::: details
const OPENING = /^\s{0,3}:{3,}\s*(?:[A-Za-z]|\{)/;

/** Does the fence open a container (it names one), rather than close the one open? */
export function opensContainer(line: string): boolean {
  return OPENING.test(line);
}
