import { describe, expect, it } from 'vitest';
import { recordHeadAt } from '../../../src/segment/header/recordHead.js';
import { linesOf } from '../../helpers/lines.js';

/** The record head whose document title is the last of these lines. */
function head(...texts: string[]) {
  const lines = linesOf(texts.join('\n'));
  const b = recordHeadAt(lines, lines.length - 1, 0);
  return b && { title: b.title, issuer: b.issuer, first: b.first };
}

describe('recordHeadAt', () => {
  it.each([
    [['关于开展某某示范园区建设的通知', '某某部', '关于开展某某示范园区建设的通知'], { title: '关于开展某某示范园区建设的通知', issuer: '某某部', first: 0 }],
    // the record's name with the site's note of a revision over the document's own title
    [['某市某事管理条例(2003年修正)', '某市人大常委会', '某市某事管理条例'], { title: '某市某事管理条例', issuer: '某市人大常委会', first: 0 }],
    [['某某公告', '某某省人民政府', '某某公告'], null], // too short to tell a record's name from a heading
  ])('%j', (texts, expected) => expect(head(...texts)).toEqual(expected));
  it.each([
    [['关于开展某某示范园区建设的通知', '某某工作的开展', '关于开展某某示范园区建设的通知']], // no organ between
    [['关于开展某某工作的通知', '某某部', '关于开展某某示范园区建设的通知']], // two titles, not one printed twice
    [['某某部', '关于开展某某示范园区建设的通知']], // no record's name above
    [['关于开展某某示范园区建设的通知。', '某某部', '关于开展某某示范园区建设的通知。']], // sentences
  ])('must not fire: %j', (texts) => expect(head(...texts)).toBeNull());
});
