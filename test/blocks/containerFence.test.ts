import { describe, expect, it } from 'vitest';
import { isContainerFence } from '../../src/blocks/containerFence.js';

describe('isContainerFence', () => {
  it.each([[':::'], ['::: tip'], ['::: warning 注意事项'], ['::::'], ['  ::: details 点击查看'], ['::: {.note}']])('%s', (line) => expect(isContainerFence(line)).toBe(true));
  it.each([['时间：2023年'], ['::: 某市人民政府'], ['a ::: b'], ['::'], ['比例为1:::2']])('must not fire: %s', (line) => expect(isContainerFence(line)).toBe(false));
});
