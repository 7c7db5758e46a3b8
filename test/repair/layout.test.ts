import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isVisualLineLayout } from '../../src/repair/detectVisualLines.js';
import { splitPages } from '../../src/repair/pageChunks.js';
import { reorderPage } from '../../src/repair/reorderPage.js';
import { reflowLines, shouldReflow, displayWidth } from '../../src/repair/reflowLines.js';
import { repairLayout, undoDoubledHeadings } from '../../src/repair/repairLayout.js';
import { toLines } from '../../src/blocks/toLines.js';
import { dropNoise } from '../../src/segment/page/dropNoise.js';
import type { SourceLine, Warning } from '../../src/types.js';
import { linesOf } from '../helpers/lines.js';
import { fixture } from '../helpers/fixtures.js';

/** Visual lines separated by blank lines, like two-column pdftotext output. */
const visual = (...ls: string[]): SourceLine[] => linesOf(ls.join('\n\n'));

describe('isVisualLineLayout', () => {
  it('fires on one-visual-line-per-line text', () => {
    const ls = Array.from({ length: 60 }, (_, i) => (i % 5 === 4 ? '作用。' : '按照政府引导企业自愿社会参与市场运作的模'));
    expect(isVisualLineLayout(linesOf(ls.join('\n\n')))).toBe(true);
  });
  it('does not fire on a page of short complete lines: a model text\'s headings over (略), a plan\'s table of contents', () => {
    const headings = ['指导思想', '基本原则和总体目标', '推进某某服务体系建设', '强化某某机构管理', '完善发展某某服务的政策与措施', '加强某某工作的领导'];
    const model = (n: number) => headings.map((h, i) => `${'一二三四五六'[i]}、${h}\n(略)`).join('\n') + `\n某市人民政府\n二〇〇${n}年七月五日`;
    const sections = ['总则', '编制目的', '编制依据', '事件分级', '适用范围', '工作原则', '组织体系及职责', '指挥机构', '办事机构', '成员单位'];
    const toc = sections.map((t, i) => `${Math.floor(i / 5) + 1}.${(i % 5) + 1} ${t}`).join('\n');
    const opening = '为贯彻落实全省某某工作会议精神，切实加快全市某某改造步伐，按照有关要求，结合我市实际，提出如下意见。';
    const text = [1, 2, 3].map((n) => `某市人民政府关于某某工作的实施意见\n某政发〔2008〕${n}号\n各区人民政府，市政府各有关部门：\n${opening}\n${model(n)}`).join('\n') + `\n${toc}`;
    expect(isVisualLineLayout(linesOf(text))).toBe(false);
  });
  it.each(['000', '002'])('does not fire on the clean fixture %s', (prefix) => {
    const { lines } = toLines(readFileSync(fixture(prefix), 'utf8'));
    expect(isVisualLineLayout(lines)).toBe(false);
  });
  it('fires on the two-column fixture 003', () => {
    const { lines } = toLines(readFileSync(fixture('003'), 'utf8'));
    expect(isVisualLineLayout(lines)).toBe(true);
  });
});

describe('repair passes do not fire on clean input', () => {
  it.each(['000', '002'])('fixture %s: no doubled-glyph, reorder, reflow or OCR repair', (prefix) => {
    const { lines } = toLines(readFileSync(fixture(prefix), 'utf8'));
    const warnings: Warning[] = [];
    const kept = dropNoise(lines).kept;
    const r = repairLayout(kept, new Set(), warnings);
    expect(r.visualLayout).toBe(false);
    expect(warnings).toEqual([]);
    expect(r.lines.map((l) => l.text)).toEqual(kept.map((l) => l.text));
  });
});

describe('undoDoubledHeadings', () => {
  it('undoes a wrapped doubled heading and its tail, leaves real repeats', () => {
    const w: Warning[] = [];
    const out = undoDoubledHeadings(visual('（（一一））引导企业引导企业““精品精品””培培', '育育。。结合我市实际，以行业龙头骨干', '市市场监管局负责'), w);
    expect(out.map((l) => l.text)).toEqual(['（一）引导企业“精品”培', '育。结合我市实际，以行业龙头骨干', '市市场监管局负责']);
    expect(w.map((x) => x.code)).toEqual(['doubled-glyphs', 'doubled-glyphs']);
  });
  it('needs a heading: a doubled-looking run in plain text is left alone', () => {
    expect(undoDoubledHeadings(visual('谢谢谢谢大家'), []).map((l) => l.text)).toEqual(['谢谢谢谢大家']);
  });
  const doubled = (t: string) => [...t].map((c) => c + c).join('');
  it.each([['某某市人民政府关于印发某某办法的通知'], ['某市民服务热线管理办法'], ['某某省人民政府关于某某工作的意见']])('undoes a title printed doubled whole: %s', (title) => {
    const w: Warning[] = [];
    expect(undoDoubledHeadings(visual(doubled(title)), w).map((l) => l.text)).toEqual([title]);
    expect(w.map((x) => x.code)).toEqual(['doubled-glyphs']);
  });
  it.each([
    [doubled('工作') + '要求'], // not doubled to the end of the line
    [doubled('某某工作')], // doubled whole, but no title after undoing (no 关于, no kind of text)
    ['人人持证，技能社会'], // a real repeat
  ])('leaves %s alone', (t) => expect(undoDoubledHeadings(visual(t), []).map((l) => l.text)).toEqual([t]));
});

describe('splitPages', () => {
  it('starts a page at a line with one leading space right after text, and after dropped furniture', () => {
    const ls = linesOf('第一页正文\n\n第一页末行\n 第二页首行\n\n第二页正文\n\n·· 9\n\n第三页首行').filter((l) => l.line !== 8);
    expect(splitPages(ls, new Set([8])).map((p) => p.map((l) => l.line))).toEqual([[1, 3], [4, 6], [10]]);
  });
});

describe('reorderPage', () => {
  it('moves a displaced header before the 主送 text that opens the page', () => {
    const page = visual('各县人民政府，市直各单位：', '现将有关事项通知如下。', '某市人民政府办公室', '关于做好某某工作的通知', '某市政办〔2021〕43号');
    const w: Warning[] = [];
    expect(reorderPage(page, true, w).map((l) => l.text)).toEqual(['某市人民政府办公室', '关于做好某某工作的通知', '某市政办〔2021〕43号', '各县人民政府，市直各单位：', '现将有关事项通知如下。']);
    expect(w[0].code).toBe('reading-order');
  });
  it('moves the whole cover block before issued-text body that opens the page', () => {
    const page = visual('第一章 总则', '第一条 为了规范执法，制定本办法。', '某市人民政府', '关于印发某市执法办法的通知', '某市政发〔2021〕23号', '各县人民政府：', '现印发给你们。', '某市人民政府', '2021年11月15日', '（此件公开发布）', '某市执法办法');
    expect(reorderPage(page, true, []).map((l) => l.text)).toEqual(['某市人民政府', '关于印发某市执法办法的通知', '某市政发〔2021〕23号', '各县人民政府：', '现印发给你们。', '某市人民政府', '2021年11月15日', '（此件公开发布）', '某市执法办法', '第一章 总则', '第一条 为了规范执法，制定本办法。']);
  });
  it('moves a header that interrupts a sentence or a clause before the text that leads the page', () => {
    for (const end of ['（二）查阅、复制、调取行政执法案卷和其他', '二、重点任务：']) {
      const page = visual('第一条 为加强行政执法监督，制定本办法。', end, '某市人民政府', '关于印发某市执法办法的通知', '某市政发〔2021〕23号', '各县人民政府：', '现印发给你们。');
      const out = reorderPage(page, true, []).map((l) => l.text);
      expect(out.slice(0, 5)).toEqual(['某市人民政府', '关于印发某市执法办法的通知', '某市政发〔2021〕23号', '各县人民政府：', '现印发给你们。']);
      expect(out.slice(5)).toEqual(['第一条 为加强行政执法监督，制定本办法。', end]);
    }
  });
  it('moves an issued-text title left at the page end to after the closing line', () => {
    const page = visual('本方案自印发之日起实施。', '为加快推进改革，制定本方案。', '某市自然资源领域改革实施方案');
    expect(reorderPage(page, true, []).map((l) => l.text)).toEqual(['本方案自印发之日起实施。', '某市自然资源领域改革实施方案', '为加快推进改革，制定本方案。']);
  });
  it.each([
    [['本方案自印发之日起实施。', '某市自然资源领域改革实施方案']], // title already right after the closing line
    [['为加快推进改革，制定本方案。', '三、保障措施']], // a heading, not a title
    [['某市人民政府', '关于做好某某工作的通知', '某市政办〔2021〕43号', '各县人民政府：']], // header already first
    // one-column text, a document starting mid-page after the previous one's end (full stop, date, publicity)
    [['（二）开展汽车以旧换新。', '某省人民政府关于公布某某名单的通知', '某政发〔2024〕10号', '各市人民政府：', '现将名单予以公布。']],
    [['某省人民政府', '2024年5月6日', '某省人民政府办公厅关于加快发展某某经济的', '实施意见', '某政办发〔2024〕15号', '各市人民政府：', '为加快发展某某经济，提出如下意见。']],
    [['第九条 本办法自印发之日起施行。', '（此件公开发布）', '某市人民政府关于某某工作的通知', '某市政发〔2024〕3号', '各县人民政府：']],
    // a masthead above the first document
    [['某某市人民政府公报', '2024年第3期', '某市人民政府关于某某工作的通知', '某市政发〔2024〕3号', '各县人民政府：']],
  ])('leaves an ordered page alone: %j', (texts) => {
    const w: Warning[] = [];
    expect(reorderPage(visual(...texts), true, w).map((l) => l.text)).toEqual(texts);
    expect(w).toEqual([]);
  });
});

describe('reflowLines', () => {
  const width = displayWidth('按照政府引导企业自愿社会参与市场运作的模');
  const pair = (a: string, b: string) => {
    const [x, y] = visual(a, b);
    return shouldReflow(x.text, x, y, width);
  };
  it.each([
    ['按照政府引导企业自愿社会参与市场运作的模', '式，推动建设一批品牌。', true],
    ['按照政府引导企业自愿社会参与市场运作的模', '（一）主要目标', false],
    ['心精工精神的产业工匠队伍。', '按照政府引导企业自愿社会参与市场运作', false],
    ['三、保障措施', '为确保各项任务落实，各部门要加强协作配', false], // short line: heading
    ['某市人民政府', '2021年11月12日', false],
    ['某市行政审批服务管理局', '某市公安局', false],
    ['推动某市公用品牌建设助力高质量发展实施方案', '为贯彻落实省政府意见，结合我市实际，制', false],
    ['按照《省政府办公厅关于某事的通知》（晋政办发〔2021〕', '80号）要求，做好工作。', true],
    ['（某政发〔2024〕9号）……………………………（2）', '某省人民政府关于公布某某名单的通知', false], // a TOC entry ends at its page
  ])('%s | %s → %s', (a, b, expected) => expect(pair(a, b)).toBe(expected));

  it('keeps every source line number of a joined paragraph', () => {
    const out = reflowLines(visual('按照政府引导企业自愿社会参与市场运作的模', '式，推动建设一批品牌。'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ text: '按照政府引导企业自愿社会参与市场运作的模式，推动建设一批品牌。', parts: [1, 3] });
  });
});
