import { describe, expect, it } from 'vitest';
import { isProjectNote } from '../../src/util/projectNote.js';

describe('isProjectNote', () => {
  it.each(['README.md', 'readme', 'SOURCES.md', 'LICENSE', 'LICENSE.txt', 'CHANGELOG.md', 'NOTICE', 'notice.txt'])('%s is a project note', (name) => {
    expect(isProjectNote(name)).toBe(true);
  });
  it.each(['notice.pdf', 'notice.html', 'readme-2023.txt', '某市政府公报.txt', 'sources-list.md', 'license-plate.pdf'])('must not fire: %s', (name) => {
    expect(isProjectNote(name)).toBe(false);
  });
});
