/** A project's own notes in a folder of gazettes (README.md, SOURCES.md, LICENSE, CHANGELOG…): not a gazette. */
// README, SOURCES, LICENSE, CHANGELOG, CONTRIBUTING, NOTICE: bare or as a text note (.md, .txt…), never a page or a PDF
const PROJECT_NOTE = /^(readme|sources?|license|licence|changelog|contributing|notice)(\.(md|markdown|txt|text|rst))?$/i;

export function isProjectNote(fileName: string): boolean {
  return PROJECT_NOTE.test(fileName);
}

/** Why such a file is skipped, in every command's report. */
export const PROJECT_NOTE_REASON = 'a project note (README, SOURCES, LICENSE…), not a gazette';
