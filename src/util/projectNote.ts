/** A project's own notes in a folder of gazettes (README.md, SOURCES.md, LICENSE, CHANGELOG…): not a gazette. */
const PROJECT_NOTE = /^(readme|sources?|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

export function isProjectNote(fileName: string): boolean {
  return PROJECT_NOTE.test(fileName);
}
