/** The issuer written before 关于 on a title line (`某市人民政府关于…`, `A局 B局关于…`). */
import { looksLikeOrganName, splitOrgans } from '../../text/organName.js';

/** Split `某市人民政府 关于…` / `A局 B局关于…` into issuer and rest when the prefix is an organ name. */
export function splitIssuerPrefix(title: string): { issuer: string | null } {
  const at = title.indexOf('关于');
  if (at <= 0) return { issuer: null };
  const prefix = title.slice(0, at).trim();
  const organs = splitOrgans(prefix);
  if (organs.length && organs.every((o) => looksLikeOrganName(o))) return { issuer: organs.join('、') };
  return { issuer: null };
}
