/**
 * The issuer written before 关于 on a title line (`某市人民政府关于…`, `A局 B局关于…`), or before the 转发/印发/批转 of a
 * title that forwards or issues a text without 关于 (`某市人民政府办公室转发市发改委等部门《…》的通知`).
 */
import { looksLikeOrganName, splitOrgans } from '../../text/organName.js';
import { detectDocType, FORMAL_DOC_TYPES } from '../../text/docType.js';

// where a title's matter begins after its issuer: 关于, or the verb of a title that forwards, issues or approves a text
// (转发, 印发, 批转)
const MATTER = /关于|转发|印发|批转/;

/** Split `某市人民政府 关于…` / `A局 B局关于…` into issuer and rest when the prefix is an organ name. */
export function splitIssuerPrefix(title: string): { issuer: string | null } {
  // (the first of them: 某办公厅转发某局关于某办法的通知 is issued by the 办公厅, not by 某办公厅转发某局)
  const at = MATTER.exec(title)?.index ?? -1;
  if (at <= 0) return { issuer: null };
  const prefix = title.slice(0, at).trim();
  const organs = splitOrgans(prefix);
  if (organs.length && organs.every((o) => looksLikeOrganName(o))) return { issuer: organs.join('、') };
  return { issuer: null };
}

// a gap between two organ names in a title's head that still continues the first (办公室, 交通管理局): longer gaps are
// the matter (撤销某某检查站, 优化营商环境布局)
const ORGAN_UNIT_GAP = 5;

/**
 * The organ a formal kind's title opens with when it has no 关于 (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种):
 * `某县人民政府征收土地预公告`, `某市人民政府办公室通告`. The shortest organ name at the head, lengthened by the units
 * that follow it (办公室, 交通管理局); null when the title is no formal kind or opens with no organ.
 */
export function organBeforeKind(title: string): string | null {
  const t = title.replace(/[\s\u3000]+/g, '');
  const kind = detectDocType(t);
  if (!kind || !FORMAL_DOC_TYPES.has(kind) || MATTER.test(t)) return null;
  let organ: string | null = null;
  for (let end = 4; end <= t.length - kind.length; end++) {
    const head = t.slice(0, end);
    if (organ && end - organ.length > ORGAN_UNIT_GAP) break;
    if (looksLikeOrganName(head) && !SPLITS_A_WORD.test(t.slice(end - 1, end + 1))) organ = head;
  }
  return organ;
}

// an organ's last character that opens a word of the matter with the next one: 办法, 办理 (not 某某办), 处理, 处置,
// 处罚 (not 某某处), 委托 (not 某某委), 局面, 所有, 所属, 会议 (not 某某会): a head cut there is no organ (…实施办法的通知)
const SPLITS_A_WORD = /^(?:办[法理]|处[理置罚分]|委托|局[面势]|所[有属需得]|会[议商同])$/;
