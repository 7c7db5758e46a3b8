import { describe, expect, it } from 'vitest';
import { gluedItemBreaks, splitItemsAfterSpacedColons } from '../../src/blocks/gluedItemBreaks.js';
import { linesOf } from '../helpers/lines.js';

/** The text cut at the breaks. */
const cut = (t: string): string[] => {
  const at = [0, ...gluedItemBreaks(t), t.length];
  return at.slice(1).map((end, i) => t.slice(at[i], end));
};

describe('gluedItemBreaks', () => {
  it.each([
    ['现将分工通知如下：一、张某主持全面工作。二、李某协助分管办公室。三、王某分管财务。', ['现将分工通知如下：', '一、张某主持全面工作。', '二、李某协助分管办公室。', '三、王某分管财务。']],
    // ten and more; a closing quote after the full stop
    ['如下：' + Array.from({ length: 11 }, (_, i) => `${'一二三四五六七八九十'[i] ?? '十一'}、某某工作“某某”。`).join(''), null],
    // once two items stand after marks, the next one may follow a list of names that ends without a mark
    ['如下：一、主要职责负责某某工作。二、组成人员组长：张某某副市长成员：李某某某局局长三、工作机构办公室设在某局。', ['如下：', '一、主要职责负责某某工作。', '二、组成人员组长：张某某副市长成员：李某某某局局长', '三、工作机构办公室设在某局。']],
    // items joined by commas after a first one that follows a colon: three of them
    ['严格控制:一、6月6日至9日禁止施工,二、6月7日禁止鸣笛,三、为了控制噪声,实行交通管制', ['严格控制:', '一、6月6日至9日禁止施工,', '二、6月7日禁止鸣笛,', '三、为了控制噪声,实行交通管制']],
    // a lone first item after a colon and the space a lost line end left
    ['经省政府同意，现就有关工作通知如下: 一、各部门要在5日内公开审批事项。', ['经省政府同意，现就有关工作通知如下: ', '一、各部门要在5日内公开审批事项。']],
    // (but not numbers in a run, 三、四家, nor one out of sequence)
    ['如下：一、某某工作。二、全市共有三、四家某某单位，五、六月完成。', ['如下：', '一、某某工作。', '二、全市共有三、四家某某单位，五、六月完成。']],
  ])('%s', (t, expected) => {
    const pieces = cut(t);
    if (expected) expect(pieces).toEqual(expected);
    else expect(pieces.slice(1).map((p) => p.slice(0, p.indexOf('、') + 1))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、']);
  });
  it.each([
    ['a list in a sentence', '医院分为：一、二、三级。'],
    ['a lone item', '现通知如下：一、各单位要认真执行。'],
    ['items out of sequence', '如下：二、某某工作。一、某某工作。'],
    ['an item not after a mark', '现将一、二季度的情况通报如下，二、三季度另行通报。'],
    ['two items after commas only', '要求如下：一、做好准备，二、按时报送。'],
    ['a list after a colon, its numbers in a run', '分类：一、二、三类区域，四、五类另定。'],
    ['a list after a colon and a space, its numbers in a run', '分类: 一、二、三类区域另定。'],
    ['a lone second item after a colon and a space', '如下: 二、各部门要认真执行。'],
  ])('must not cut %s', (_name, t) => expect(gluedItemBreaks(t)).toEqual([]));
});

describe('splitItemsAfterSpacedColons', () => {
  it('cuts a paragraph before its first item run on after a colon and a space', () => {
    const lines = splitItemsAfterSpacedColons(linesOf('为推进改革，现就有关工作通知如下: 一、各部门要在5日内公开审批事项。\n某某人民政府办公厅'));
    expect(lines.map((l) => l.text)).toEqual(['为推进改革，现就有关工作通知如下:', '一、各部门要在5日内公开审批事项。', '某某人民政府办公厅']);
  });
  it('must not cut a paragraph whose item follows its colon with no space, or a list of numbers', () => {
    const lines = linesOf('现通知如下：一、各单位要认真执行。\n分类: 一、二、三类区域另定。');
    expect(splitItemsAfterSpacedColons(lines)).toBe(lines);
  });
});
