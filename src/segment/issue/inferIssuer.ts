/**
 * Documents printed without issuer (bare title + number) take the issuer that the same 机关代字 has in
 * other documents of the file; on a tie, 办 in the code points to an 办公室/办公厅. Marked issuerSource
 * = 'docNumber' so users can tell an inferred value from a printed one.
 */
import type { Document } from '../../types.js';
import { parseDocNumber } from '../../text/docNumber.js';

export function inferIssuers(docs: Document[]): void {
  const byCode = new Map<string, Map<string, number>>();
  for (const d of docs) {
    if (!d.issuer || !d.docNumber || d.issuerSource === 'docNumber') continue;
    const code = parseDocNumber(d.docNumber)?.code;
    if (!code) continue;
    const m = byCode.get(code) ?? new Map<string, number>();
    m.set(d.issuer, (m.get(d.issuer) ?? 0) + 1);
    byCode.set(code, m);
  }
  for (const d of docs) {
    if (d.issuer || !d.docNumber) continue;
    const code = parseDocNumber(d.docNumber)?.code;
    const counts = code ? byCode.get(code) : undefined;
    if (!code || !counts) continue;
    const office = /办/.test(code);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(/办公[室厅]/.test(b[0]) === office) - Number(/办公[室厅]/.test(a[0]) === office));
    d.issuer = ranked[0][0];
    d.issuerSource = 'docNumber';
  }
}
