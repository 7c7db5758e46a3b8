import { describe, expect, it } from 'vitest';
import { fieldBeforeRecipientsBreaks } from '../../src/blocks/fieldBeforeRecipients.js';

const cut = (t: string): string[] => {
  const at = [0, ...fieldBeforeRecipientsBreaks(t), t.length];
  return at.slice(1).map((end, i) => t.slice(at[i], end));
};

describe('fieldBeforeRecipientsBreaks', () => {
  it.each([
    ['来源：某某总工会法律工作部各省、自治区、直辖市总工会，各产业工会：《某某办法》已经审议通过。', ['来源：某某总工会法律工作部', '各省、自治区、直辖市总工会，各产业工会：《某某办法》已经审议通过。']],
    ['发布机构:某市人民政府办公室各区人民政府,市政府各部门:现将有关事项通知如下。', ['发布机构:某市人民政府办公室', '各区人民政府,市政府各部门:现将有关事项通知如下。']],
  ])('%s', (t, expected) => expect(cut(t)).toEqual(expected));
  it.each([
    ['a value that is no organ', '联系人：张某某各区人民政府：请联系。'],
    ['a clause after the organ', '通知如下：市财政局各科室要做好以下工作：一是加强领导。'],
    ['no colon closing the list', '来源：某某总工会法律工作部各省总工会要认真贯彻执行。'],
    ['a sentence, not a field', '经研究：某某局各科室：要认真做好以下工作。'],
  ])('must not cut %s', (_name, t) => expect(fieldBeforeRecipientsBreaks(t)).toEqual([]));
});
