/** Gazette section labels (栏目): `【市政府文件】`, `市政府办公室文件`, `部门文件`, `行政规范性文件`. */
import { removeAllSpaces } from '../../text/normalize.js';

// Bracketed label, or a short label ending in 文件/规范性文件/公告/令/人事任免/政策解读 …
const BRACKETED = /^[【\[［〖]([^】\]］〗]{2,20})[】\]］〗]$/;
const PLAIN = /^[\u4e00-\u9fa5]{0,14}(文件|公告|命令|令|人事任免|政策解读|通知公告|工作动态|规范性文件|大事记|法规|规章)$/;

export function parseSectionLabel(text: string, strict = false): string | null {
  // decorations around a label: ·市政府文件· / ◆部门文件◆ / ——规范性文件——
  const t = removeAllSpaces(text).replace(/^[·•◆◇●○■□★☆—\-]+|[·•◆◇●○■□★☆—\-]+$/g, '');
  const b = BRACKETED.exec(t);
  if (b) return b[1];
  if (!strict && PLAIN.test(t) && t.length <= 16 && !/关于|的/.test(t)) return t;
  return null;
}
