/**
 * Array helpers that never spread an unbounded array into a call: `push(...big)` and `Math.max(...big)` put
 * every element on the stack and overflow it at ~120,000 elements.
 */

/** Append every item of `items` to `target`; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Largest number of `values`, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > m) m = v;
  }
  return any ? m : empty;
}

/** Smallest number of `values`, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < m) m = v;
  }
  return any ? m : empty;
}
