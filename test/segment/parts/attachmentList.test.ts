import { describe, expect, it } from 'vitest';
import { parseAttachmentList } from '../../../src/segment/parts/attachmentList.js';
import { linesOf } from '../../helpers/lines.js';

describe('parseAttachmentList', () => {
  it('single attachment', () => {
    const lines = linesOf('附件:市长履行经济责任风险防控办法(征求意见稿)\n\n某市人民政府办公室');
    expect(parseAttachmentList(lines, 0, lines.length)?.items).toEqual([{ number: null, title: '市长履行经济责任风险防控办法(征求意见稿)', printed: true }]);
  });
  it('the short form 附： naming what the notice forwards', () => {
    const lines = linesOf('附:某县人民政府办公室《关于进一步加强某事工作的通知》\n某县建设局');
    expect(parseAttachmentList(lines, 0, lines.length)?.items).toEqual([{ number: null, title: '某县人民政府办公室《关于进一步加强某事工作的通知》', printed: true }]);
  });
  it.each([['附：'], ['附近居民请绕行。']])('must not read %s as a list', (t) => {
    const lines = linesOf(t);
    expect(parseAttachmentList(lines, 0, lines.length)).toBeNull();
  });
  it('a line that prints the item\'s title again is the attachment\'s heading, not the rest of its title', () => {
    const lines = linesOf('附件:某县森林火灾应急预案\n\n某县森林火灾应急预案\n\n一、总则');
    expect(parseAttachmentList(lines, 0, lines.length)).toEqual({ items: [{ number: null, title: '某县森林火灾应急预案', printed: true }], end: 0 });
  });
  it('a linked file (the 附件 note of a web page): its name without the extension, not printed', () => {
    const lines = linesOf('附件：某某市补助办法（试行）.docx\n某市发展和改革委员会');
    expect(parseAttachmentList(lines, 0, lines.length)?.items).toEqual([{ number: null, title: '某某市补助办法（试行）', printed: false }]);
  });
  it('each item keeps the one link of its line', () => {
    const lines = linesOf('附件：1.某某申请表.xlsx\n2.某某承诺书.pdf\n某某县人民政府');
    lines[0].links = ['/a.xlsx'];
    lines[1].links = ['/b.pdf', '/c.pdf']; // two links: which one is the file's is not known
    expect(parseAttachmentList(lines, 0, lines.length)?.items).toEqual([
      { number: 1, title: '某某申请表', printed: false, href: '/a.xlsx' },
      { number: 2, title: '某某承诺书', printed: false },
    ]);
  });
  it('an item wrapped inside its bracket: the rest of the bracket joins it, whatever the line ends with', () => {
    const lines = linesOf('附件：1.某某案件受理通知书（某某省高级人民法\n院、某某省人民检察院制作）\n2.某某案件登记表\n某某省高级人民法院');
    expect(parseAttachmentList(lines, 0, lines.length)).toEqual({
      items: [
        { number: 1, title: '某某案件受理通知书（某某省高级人民法院、某某省人民检察院制作）', printed: true },
        { number: 2, title: '某某案件登记表', printed: true },
      ],
      end: 2,
    });
  });
  it('must not fire: a closed bracket leaves an organ line below to the signature', () => {
    const lines = linesOf('附件：某某案件受理通知书（样式）\n某某省高级人民法院\n2024年1月5日');
    expect(parseAttachmentList(lines, 0, lines.length)).toEqual({ items: [{ number: null, title: '某某案件受理通知书（样式）', printed: true }], end: 0 });
  });
  it('numbered items on following lines, one wrapped, one not printed', () => {
    const lines = linesOf('附件：1.某市企业投资项目模拟审批申请表\n2.某市企业投资项目信用承诺书\n3.某市企业投资项目模正转换申\n请表（见网络版）\n某市行政审批服务管理局');
    expect(parseAttachmentList(lines, 0, lines.length)).toEqual({
      items: [
        { number: 1, title: '某市企业投资项目模拟审批申请表', printed: true },
        { number: 2, title: '某市企业投资项目信用承诺书', printed: true },
        { number: 3, title: '某市企业投资项目模正转换申请表', printed: false },
      ],
      end: 3,
    });
  });
  it('one label per item: 附件1：… 附件2：…', () => {
    const lines = linesOf('附件1：某市项目申请表\n附件2：某市项目承诺书（见网络版）\n某市行政审批服务管理局');
    expect(parseAttachmentList(lines, 0, lines.length)).toEqual({
      items: [{ number: 1, title: '某市项目申请表', printed: true }, { number: 2, title: '某市项目承诺书', printed: false }],
      end: 1,
    });
  });
  it('items numbered in Chinese numerals: 一、… 二、… or （一）…', () => {
    for (const [a, b] of [['一、', '二、'], ['（一）', '（二）']]) {
      const lines = linesOf(`附件：${a}某县整治实施方案\n${b}某县整治任务清单\n某县人民政府`);
      expect(parseAttachmentList(lines, 0, lines.length)).toEqual({
        items: [{ number: 1, title: '某县整治实施方案', printed: true }, { number: 2, title: '某县整治任务清单', printed: true }],
        end: 1,
      });
    }
  });
  it('keeps a bracketed number that opens the only title on the 附件 line', () => {
    const lines = linesOf('附件：（2024年版）某县权责清单\n某县人民政府');
    expect(parseAttachmentList(lines, 0, lines.length)?.items).toEqual([{ number: null, title: '（2024年版）某县权责清单', printed: true }]);
  });
  it('is null on body text', () => {
    const lines = linesOf('附近居民可以申请。');
    expect(parseAttachmentList(lines, 0, 1)).toBeNull();
  });
});
