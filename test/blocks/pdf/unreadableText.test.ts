import { describe, expect, it } from 'vitest';
import { unreadableShare } from '../../../src/blocks/pdf/unreadableText.js';

describe('unreadableShare', () => {
  it.each([
    ['readable CJK text', '某市人民政府关于某某的通知', 0],
    ['white space does not count', '某市 \t\n 人民政府', 0],
    ['private-use glyphs', '\uE001\uE002\uE003某', 0.75],
    ['replacement characters and controls', '\uFFFD\u0001ab', 0.5],
    ['nothing visible', '  \n ', 0],
  ])('%s', (_, text, share) => expect(unreadableShare(text)).toBeCloseTo(share, 5));
});
