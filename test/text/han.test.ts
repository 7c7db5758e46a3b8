import { describe, expect, it } from 'vitest';
import { HAN_RANGE } from '../../src/text/han.js';

describe('HAN_RANGE', () => {
  const han = new RegExp(`^[${HAN_RANGE}]+$`);
  it.each([['某市人民政府'], ['㐀'], ['鹤岗']])('holds %s', (t) => expect(han.test(t)).toBe(true));
  it.each([['，'], ['ꎬ'], ['a'], ['１'], ['　']])('not %s', (t) => expect(han.test(t)).toBe(false));
});
