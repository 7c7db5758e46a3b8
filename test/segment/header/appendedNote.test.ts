import { describe, expect, it } from 'vitest';
import { withoutAppendedNote } from '../../../src/segment/header/appendedNote.js';

describe('withoutAppendedNote', () => {
  it.each([
    ['某某省人民代表大会常务委员会关于修改《某某省某事条例》的决定 附:修正本', '某某省人民代表大会常务委员会关于修改《某某省某事条例》的决定'],
    ['某市某事管理条例附：条文释义', '某市某事管理条例'],
  ])('%s → %s', (title, want) => expect(withoutAppendedNote(title)).toBe(want));
  it.each([
    ['关于印发附件管理办法的通知'], // 附 inside the title, no colon
    ['某市人民政府关于某事的通知'],
    ['关于附：某事的说明'], // what stands before 附： names no kind of text
  ])('must not fire: %s', (title) => expect(withoutAppendedNote(title)).toBe(title));
});
