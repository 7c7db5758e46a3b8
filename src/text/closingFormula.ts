/**
 * The closing formula of a document (结束语): `特此通知。`, `特此公告。`, `此复。`, `妥否，请批示。`. It ends the
 * whole text, not the last item: it belongs at the body's top level.
 */
import { removeAllSpaces } from './normalize.js';

// 特此通知/公告/通告/批复/函告/函复/报告/说明/决定 · 此复 · 此函 · 专此报告/函告 · 妥否，请批示/批复/审定 · 请予审批
export const CLOSING_WORDS = '特此(?:通知|公告|通告|批复|函告|函复|报告|说明|决定|函达)|此复|此函|专此(?:报告|函告|函达)|妥否[，,]?请(?:批示|批复|审定|审批|指示)|请予审批';
const CLOSING_FORMULA = new RegExp(`^(?:${CLOSING_WORDS})[。！!]?$`);

export function isClosingFormula(text: string): boolean {
  return CLOSING_FORMULA.test(removeAllSpaces(text));
}

// a closing formula ending a line of running text it was run on to (…举报电话:1234567特此通告)
const CLOSING_AT_END = new RegExp(`(?:${CLOSING_WORDS})[。！!]?$`);

/** Does the line end with a closing formula, alone or run on after the text's last sentence? */
export function endsWithClosingFormula(text: string): boolean {
  return CLOSING_AT_END.test(text.trimEnd());
}
