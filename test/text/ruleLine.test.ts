import { describe, expect, it } from 'vitest';
import { isRuleLine } from '../../src/text/ruleLine.js';

describe('isRuleLine', () => {
  it.each([
    ['------------------'],
    ['——————————————'],
    ['━━━━━━━━━━━━'],
    ['＝＝＝＝＝＝'],
    ['* * *'],
    ['_____'],
    ['\u3000－－－－－－－－\u3000'],
  ])('a drawn line: %s', (text) => expect(isRuleLine(text)).toBe(true));
  it.each([
    ['——'],
    ['--'],
    ['—-—-—-'],
    ['某某发〔2024〕1号'],
    ['——某某省某某条例'],
    ['……………… 3'],
    [''],
  ])('not a drawn line: %s', (text) => expect(isRuleLine(text)).toBe(false));
});
