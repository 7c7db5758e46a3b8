/** Option values checked the same way by every command: a bad value is a usage error (exit 2, with a hint). */

/** Exit code of a usage error (every command). */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got "${v}"`);
  return n;
}

export function positiveInteger(name: string, v: string | undefined): number | undefined {
  const n = positive(name, v);
  if (n !== undefined && !Number.isInteger(n)) throw new UsageError(`${name} must be a whole number, got "${v}"`);
  return n;
}
