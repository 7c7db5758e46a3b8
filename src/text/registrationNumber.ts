/**
 * The 统一登记号 (registration number) printed at the head of a 规范性文件 by the office that registers them: a code of
 * capital letters (and digits), the year and a serial, joined by dashes (XFGS—2023—008, ZJSP01-2023-0001). It is a
 * header line of its own, never part of the title or of the 主送 beside it.
 */

// a code of capitals (and digits), the year and a serial, each pair joined by one or two dashes of any width
const REGISTRATION_NUMBER = /^[A-Z][A-Z0-9]{1,11}[—–\-－]{1,2}(?:19|20)\d{2}[—–\-－]{1,2}\d{1,6}$/;

export function isRegistrationNumber(text: string): boolean {
  return REGISTRATION_NUMBER.test(text.replace(/[\s\u3000]+/g, ''));
}
