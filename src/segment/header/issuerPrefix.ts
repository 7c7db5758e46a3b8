/**
 * The issuer written before 关于 on a title line (`某市人民政府关于…`, `A局 B局关于…`), or before the 转发/印发/批转 of a
 * title that forwards or issues a text without 关于 (`某市人民政府办公室转发市发改委等部门《…》的通知`).
 */
import { looksLikeOrganName, splitOrgans } from '../../text/organName.js';

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
