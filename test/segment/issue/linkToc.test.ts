import { describe, expect, it } from 'vitest';
import { linkToc } from '../../../src/segment/issue/linkToc.js';
import type { Document, TocEntry, Warning } from '../../../src/types.js';

const doc = (id: string, title: string, docNumber: string | null, issued: string[] = []): Document => ({
  id, title, titleSource: 'text', docNumber, docNumberRaw: docNumber, docNumberSource: docNumber ? 'text' : null, issuer: null, issuerSource: null, docType: null, recipients: null, signDate: null, signDateSource: null,
  publicity: null, section: null, lines: { start: 1, end: 2 }, body: [], issuedTexts: issued.map((t) => ({ title: t, lines: { start: 1, end: 1 }, body: [] })), attachments: [],
});
const entry = (title: string, docNumber: string | null, section = '市政府文件'): TocEntry => ({ section, title, docNumber, page: 1, documentId: null, lines: { start: 1, end: 1 } });

describe('linkToc', () => {
  it('links by title, not by number, and reports every mismatch', () => {
    const docs = [doc('a', '某市人民政府关于做好经济普查工作的通知', '某政发〔2023〕4号'), doc('b', '某市人民政府关于印发某某规则的通知', '某政发〔2023〕5号'), doc('c', '某市人民政府关于某事的批复', null)];
    const toc = [entry('某市人民政府关于印发某某规则的通知', '某政发〔2023〕9号'), entry('某市人民政府关于做好经济普查工作的通知', '某政发〔2023〕4号'), entry('某市人民政府关于另一件事的通知', null)];
    const w: Warning[] = [];
    linkToc(toc, docs, w);
    expect(toc.map((e) => e.documentId)).toEqual(['b', 'a', null]);
    expect(docs.map((d) => d.section)).toEqual(['市政府文件', '市政府文件', null]);
    expect(w.map((x) => x.code).sort()).toEqual(['document-without-toc-entry', 'toc-entry-without-document', 'toc-number-differs']);
  });
  it('an entry for an issued text links to the document that issues it, without a warning', () => {
    const docs = [doc('o', '中华人民共和国国务院令', '中华人民共和国国务院令第756号', ['某某条例'])];
    const toc = [entry('中华人民共和国国务院令', '中华人民共和国国务院令第756号', '国务院令'), entry('某某条例', null, '国务院令')];
    const w: Warning[] = [];
    linkToc(toc, docs, w);
    expect(toc.map((e) => e.documentId)).toEqual(['o', 'o']);
    expect(w).toEqual([]);
  });
});

describe('TOC titles without the issuer prefix', () => {
  it('link to their document without a warning', async () => {
    const { tocTitleSimilarity } = await import('../../../src/segment/issue/linkToc.js');
    expect(tocTitleSimilarity('关于进一步优化营商环境的若干措施', '某某市人民政府办公室关于进一步优化营商环境的若干措施')).toBe(1);
    expect(tocTitleSimilarity('某某市人民政府关于进一步优化营商环境的若干措施', '某某市人民政府办公室关于进一步优化营商环境的若干措施')).toBe(1);
  });
  it('really different titles stay different', async () => {
    const { tocTitleSimilarity } = await import('../../../src/segment/issue/linkToc.js');
    expect(tocTitleSimilarity('关于做好防汛工作的通知', '某某市人民政府关于做好森林防火工作的通知')).toBeLessThan(0.8);
  });
  it('an entry and a document left over with the same number link, with a title-differs warning', () => {
    const docs = [doc('a', '某省人民政府办公厅关于同意某市设立某某开发区的函', '某政办函〔2024〕30号'), doc('b', '某省人民政府关于某事的通知', '某政发〔2024〕1号')];
    const toc = [entry('某省人民政府办公厅关于某某的函', '某政办函〔2024〕30号'), entry('某省人民政府关于某事的通知', '某政发〔2024〕1号')];
    const w: Warning[] = [];
    linkToc(toc, docs, w);
    expect(toc.map((e) => e.documentId)).toEqual(['a', 'b']);
    expect(w.map((x) => x.code)).toEqual(['toc-title-differs']);
  });
  it.each([
    ['the number is on two leftover documents', [doc('a', '某市人民政府关于甲的通知', '某政发〔2024〕3号'), doc('b', '某市人民政府关于乙的通知', '某政发〔2024〕3号')]],
    ['the number differs', [doc('a', '某市人民政府关于甲的通知', '某政发〔2024〕4号')]],
  ])('must not link by number: %s', (_what, docs) => {
    const toc = [entry('某市人民政府关于丙的意见', '某政发〔2024〕3号')];
    linkToc(toc, docs, []);
    expect(toc[0].documentId).toBeNull();
  });
});
