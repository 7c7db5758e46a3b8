import { describe, expect, it } from 'vitest';
import { gluedTitleNoteAt, splitGluedTitleNotes } from '../../src/blocks/gluedTitleNote.js';
import { linesOf } from '../helpers/lines.js';

const pieces = (text: string): string[] => {
  const at = gluedTitleNoteAt(text);
  return at ? [text.slice(0, at.titleEnd), text.slice(at.titleEnd, at.noteEnd), text.slice(at.noteEnd)] : [text];
};

describe('gluedTitleNoteAt', () => {
  it.each([
    ['a resolution, its note and its body', '某某常务委员会关于批准某年决算的决议(2007年6月29日某某常务委员会第二十八次会议通过)某某会议听取了某某报告。', ['某某常务委员会关于批准某年决算的决议', '(2007年6月29日某某常务委员会第二十八次会议通过)', '某某会议听取了某某报告。']],
    ['a statute and its note, nothing after', '某某省某事条例（2010年9月29日某某省第十一届人民代表大会常务委员会第十八次会议通过）', ['某某省某事条例', '（2010年9月29日某某省第十一届人民代表大会常务委员会第十八次会议通过）', '']],
  ])('%s', (_name, text, want) => expect(pieces(text)).toEqual(want));
  it.each([
    ['a sentence citing a text and its note', '根据某某条例（2010年9月29日某某会议通过），制定本办法。'],
    ['a title with a bracket that is no note', '某市某事管理办法（试行）第一条 为了加强管理，制定本办法。'],
    ['a note alone', '（2007年6月29日某某常务委员会第二十八次会议通过）'],
    ['words that name no kind before the note', '某某会议（2007年6月29日通过）听取了报告。'],
  ])('must not cut: %s', (_name, text) => expect(gluedTitleNoteAt(text)).toBeNull());
});

describe('splitGluedTitleNotes', () => {
  it('cuts the title where a space stood for a line end (a heading, then the title printed again over two lines)', () => {
    const lines = splitGluedTitleNotes(linesOf('某某常务委员会关于批准某年决算的决议(2001年24号) 某某常务委员会 关于批准某年决算的决议 (2001年6月30日通过) 某某会议听取了报告。'));
    expect(lines.map((l) => l.text.trim())).toEqual(['某某常务委员会关于批准某年决算的决议(2001年24号)', '某某常务委员会', '关于批准某年决算的决议', '(2001年6月30日通过)', '某某会议听取了报告。']);
  });
  it('cuts the line into the title, the note and the body, each keeping its source line', () => {
    const lines = splitGluedTitleNotes(linesOf('论文部分内容阅读\n某某常务委员会关于批准某年决算的决议(2007年6月29日某某会议通过)某某会议听取了报告。'));
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, '论文部分内容阅读'], [2, '某某常务委员会关于批准某年决算的决议'], [2, '(2007年6月29日某某会议通过)'], [2, '某某会议听取了报告。']]);
  });
});
