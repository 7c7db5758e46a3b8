import { describe, expect, it } from 'vitest';
import { frontMatterNumberLine } from '../../../src/segment/header/frontMatterNumber.js';
import { linesOf } from '../../helpers/lines.js';

const source = { line: 3, raw: '文号 :某政发〔2018〕13号' };

describe('frontMatterNumberLine', () => {
  it('the text opens with its 主送: the number stands above it, with the metadata line number', () => {
    const line = frontMatterNumberLine('某政发〔2018〕13号', source, linesOf('各区人民政府，市政府各部门：\n现将《某市某事方案》印发给你们。'));
    expect(line).toMatchObject({ line: 3, text: '某政发〔2018〕13号', raw: source.raw });
  });
  it.each([
    ['the text opens with a title', '某市人民政府关于某事的通知\n各区人民政府：'],
    ['the text opens with its body', '为加强某事管理，现通知如下。\n一、总体要求'],
    ['the text is empty', ''],
  ])('must not fire: %s', (_name, text) => expect(frontMatterNumberLine('某政发〔2018〕13号', source, linesOf(text))).toBeNull());
  it('must not fire: the value is no number', () => {
    expect(frontMatterNumberLine('无', source, linesOf('各区人民政府：\n现通知如下。'))).toBeNull();
  });
});
