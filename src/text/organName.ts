/** Organ names (发文机关): lines such as `XX市人民政府办公室`, `XX局`, `中共XX委员会`. */

// Endings of government and party organ names: 人民政府, 办公室, 委员会, 局, 厅, 部, 委, 院, 署, 中心, 办 … (and the
// one organ named a 会议: 中国人民政治协商会议, 某某政治协商会议)
const ORGAN_END = /(人民政府|政治协商会议|政府|办公室|办公厅|委员会|常委会|人大常委会|局|厅|部|委|院|署|办|会|中心|公司|司|支行|分行|银行|集团|协会|联合会|总会|学会|政协|党委|党组|法院|检察院|军区|管委会|管理委员会|队|所|站|社|处|科|领导小组|工作小组)$/;

// A Party committee's name at the head of a line: 中共, a place, its level and 委 (中共某市委, 中共某某县委, 中共某某自治区党委)
const PARTY_COMMITTEE = /^中共[\u4e00-\u9fa5]{2,12}?(?:省|市|县|区|州|盟|旗|自治区党|自治州|镇|乡)委/;

// Endings of the names of schools: 学校, 中心校, 党校, 中学, 小学, 大学, 学院, 幼儿园
const SCHOOL_END = /(学校|中心校|党校|中学|小学|大学|学院|幼儿园)$/;

// where a template or a copy marks the seal over the name: （印章） / (盖章) / （公章） / （签章） / （章）
const SEAL_MARK = /[（(](?:印章|盖章|公章|签章|章)[)）]$/;

/** The name without the seal mark after it (`××省人民政府（印章）` → `××省人民政府`). */
export function withoutSealMark(s: string): string {
  return s.replace(/[\s\u3000]+$/, '').replace(SEAL_MARK, '');
}

/** True when a short line (≤ 40 chars, no punctuation) ends like an organ name (a seal mark after it or not). */
export function looksLikeOrganName(s: string): boolean {
  const t = withoutSealMark(s).replace(/[\s\u3000]+/g, '');
  if (t.length < 2 || t.length > 40) return false;
  if (/[，。；：:,;！？!?、“”《》]/.test(t)) return false;
  // (a title's opening wrapped at 政府, 某区人民政府办公室关于印发2020年区政府, ends like one: no organ's name holds 关于)
  if (t.includes('关于')) return false;
  // a website is no organ (县政府网站, 某某网), though 站 ends the names of stations; nor is a site's banner glued to
  // an organ's name (某某发展官方网站某部办公厅); an office that runs a site (某市政府网站管理中心) is one
  if (/网站(?!管理|运行|运维)/.test(t)) return false;
  if (ORGAN_END.test(t)) return true;
  // a line that opens with a Party committee's name names it or one of its offices, its ending printed or lost
  // (中共某市委宣传部, printed cut short as 中共某市委宣传)
  if (PARTY_COMMITTEE.test(t)) return true;
  // a school issues its documents too (某某中心校, 某某中学, 某某大学); a title's words ending in one (关于加强中小学校,
  // 某某厅关于加强普通高等学校 wrapped there, 全市各中小学校) and a list of them (各中小学校) do not name one
  return SCHOOL_END.test(t) && !/^(各|全)/.test(t) && !/关于|[的和与及]/.test(t);
}

/** Split a joint signature / issuer prefix into organ names (several organs separated by spaces). */
export function splitOrgans(s: string): string[] {
  return s.split(/[\s\u3000、]+/).filter(Boolean);
}

/** A list of organs and nothing else (`某某局、某某委员会`, `某某局 某某委员会`): each part looks like an organ's name. */
export function isOrganList(s: string): boolean {
  const organs = splitOrgans(s);
  return organs.length > 0 && organs.every((o) => looksLikeOrganName(o));
}

/**
 * The organs one line names: several when its space-separated parts are each an organ name (a joint signature
 * written on one line: `某某省发展和改革委员会 某某省能源局`), else the line as one name with its layout spaces
 * removed (a name spaced out to fill the line: `国 家 能 源 局`).
 */
export function organsOfLine(s: string): string[] {
  const parts = s.trim().split(/[\s\u3000]+/).filter(Boolean).map(withoutSealMark);
  if (parts.length > 1 && parts.every((p) => p.length >= 3 && looksLikeOrganName(p))) return parts;
  return [withoutSealMark(s).replace(/[\s\u3000]+/g, '')];
}

/**
 * Does `short` name the organ `full` names, in an abbreviated form (某市安委会办公室 for 某市安全生产委员会办公室, 某市政府 for
 * 某市人民政府): shorter, beginning and ending as it does, and its characters in `full` in the same order? (A name that
 * `full` only puts a parent place before, 某区人民政府 in 某市某区人民政府, is whole: no abbreviation.)
 */
export function abbreviates(short: string, full: string): boolean {
  const a = short.replace(/[\s\u3000]+/g, '');
  const b = full.replace(/[\s\u3000]+/g, '');
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1] || b.endsWith(a)) return false;
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}
