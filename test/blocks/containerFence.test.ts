import { describe, expect, it } from 'vitest';
import { isContainerFence, opensContainer } from '../../src/blocks/containerFence.js';
import { toLines } from '../../src/blocks/toLines.js';

describe('isContainerFence', () => {
  it.each([[':::'], ['::: tip'], ['::: warning 注意事项'], ['::::'], ['  ::: details 点击查看'], ['::: {.note}']])('%s', (line) => expect(isContainerFence(line)).toBe(true));
  it.each([['时间：2023年'], ['::: 某市人民政府'], ['a ::: b'], ['::'], ['比例为1:::2']])('must not fire: %s', (line) => expect(isContainerFence(line)).toBe(false));
});

describe('opensContainer', () => {
  it.each([['::: tip'], ['::: warning 注意'], [':::: details 点击查看'], ['::: {.note}']])('%s opens one', (line) => expect(opensContainer(line)).toBe(true));
  it.each([[':::'], ['::::'], ['  :::  ']])('%s closes one', (line) => expect(opensContainer(line)).toBe(false));
});

describe('lines inside a container box', () => {
  it('are marked boxed, nested or not; the lines around it are not', () => {
    const { lines } = toLines(['某市某事条例', '', '::: tip', '这是一部关于某事的条例', '', ':::: details 详情', '（2020年1月1日通过）', '::::', ':::', '', '第一条 为了规范某事，制定本条例。'].join('\n'), 'markdown');
    const boxed = (t: string) => lines.find((l) => l.text === t)?.boxed ?? false;
    expect([boxed('某市某事条例'), boxed('这是一部关于某事的条例'), boxed('（2020年1月1日通过）'), boxed('第一条 为了规范某事，制定本条例。')]).toEqual([false, true, true, false]);
  });
});
