import { describe, expect, it } from 'vitest';
import { removePinyinGlosses } from '../../src/read/pinyinGlosses.js';

describe('removePinyinGlosses', () => {
  it.each([
    ['a gloss after a character', '某市人民政府印發(fā)《關(guān)于某事的意見》', '某市人民政府印發《關于某事的意見》', 2],
    ['full-width brackets, ü with a tone', '某區（qū）政府，綠(lǜ)化', '某區政府，綠化', 2],
    // a hard-wrapped page: the line end inside a gloss, or between the character and its gloss, stays where it was
    ['a line end inside a gloss', '加強政務(w\nù)誠信', '加強政務\n誠信', 1],
    ['a line end before a gloss', '加強政務\n(wù)誠信', '加強政務\n誠信', 1],
  ])('%s', (_name, text, want, removed) => expect(removePinyinGlosses(text)).toEqual({ text: want, removed }));
  it.each([
    ['an enumeration in brackets', '按下列顺序(a)(b)执行'],
    ['an English word without tone marks', '某系统(system)上线'],
    ['a tone-marked word not after a Han character', 'Beijing (Běijīng) 2008'],
    ['a line end after a word in brackets without a tone mark', '某系统\n(system)上线'],
  ])('must not remove: %s', (_name, text) => expect(removePinyinGlosses(text)).toEqual({ text, removed: 0 }));
});
