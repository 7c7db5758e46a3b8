import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/blocks/detectFormat.js';

describe('looksLikeHtml', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body>某市</body></html>'],
    ['an <html> tag', '<html lang="zh-CN"><head>'],
    ['a <meta charset> first', '<meta charset="utf-8"><title>某市人民政府</title>'],
    ['a BOM and white space first', '\ufeff\n  <!doctype html><html>'],
    ['comments before the doctype', '<!-- saved from url=(0042)https://example.gov.cn/ -->\n<!-- 2 -->\n<!DOCTYPE html>'],
  ])('%s', (_name, text) => expect(looksLikeHtml(text)).toBe(true));
  it.each([
    ['text', '某市人民政府关于某事的通知\n某政发〔2023〕1号'],
    ['markdown with an HTML comment', '<!-- 转换自 PDF -->\n# 某市人民政府公报\n'],
    ['a tag later in the text', '某市人民政府\n<html>'],
    ['an unclosed comment', '<!-- 未闭合的注释 <html>'],
    // thousands of comments and white space before text: a scan, so this ends at once (a backtracking regex took seconds)
    ['many comments, then text', '        <!--startprint-->\n'.repeat(2000) + '某市人民政府关于某事的通知'],
  ])('must not fire: %s', (_name, text) => expect(looksLikeHtml(text)).toBe(false));
});
