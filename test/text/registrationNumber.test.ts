import { describe, expect, it } from 'vitest';
import { isRegistrationNumber } from '../../src/text/registrationNumber.js';
import { parseRecipients } from '../../src/segment/header/recipients.js';
import { linesOf } from '../helpers/lines.js';

describe('isRegistrationNumber', () => {
  it.each([['XFGS—2023—008'], ['  XFGS—2023—008'], ['ZJSP01-2023-0001'], ['GDGS——2022——12'], ['ABCD－2021－3']])('%s', (t) => expect(isRegistrationNumber(t)).toBe(true));
  it.each([
    ['a 发文字号', '某政发〔2023〕57号'],
    ['a date', '2023-12-29'],
    ['a phone number', '0755-8882-8155'],
    ['a product code in a sentence', '型号为ABC-2023-01的设备应当停用。'],
    ['lower-case letters', 'abc—2023—008'],
  ])('must not fire: %s', (_name, t) => expect(isRegistrationNumber(t)).toBe(false));
});

describe('a registration number above the 主送', () => {
  it('is no part of the addressee list', () => {
    const lines = linesOf('XFGS—2023—008\n各镇人民政府、街道办事处，市直各单位：\n现将《某市某事办法》印发给你们。');
    expect(parseRecipients(lines, 0, lines.length)).toBeNull();
    expect(parseRecipients(lines, 1, lines.length)?.value).toBe('各镇人民政府、街道办事处，市直各单位');
  });
});
