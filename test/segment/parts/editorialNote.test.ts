import { describe, expect, it } from 'vitest';
import { isEditorialNote } from '../../../src/segment/parts/editorialNote.js';

describe('isEditorialNote', () => {
  it.each([['（本文有删减）'], ['(有删节)'], ['（节选）'], ['（ 摘 要 ）']])('%s is an editorial note', (t) => expect(isEditorialNote(t)).toBe(true));
  it.each([['（试行）'], ['（此件公开发布）'], ['（2024—2026年）'], ['本文有删减']])('%s is not', (t) => expect(isEditorialNote(t)).toBe(false));
});
