/**
 * SQLite answers some lock requests with SQLITE_BUSY at once, without the busy timeout: switching a database into WAL
 * mode while another writer opens or closes it (and turns it back to a rollback journal) at the same moment. Two
 * `gongbao index` runs started together met it one time in twenty. Such a step is tried again after a short pause.
 */

/** Is the error SQLite's "database is locked" (SQLITE_BUSY and its extended codes)? */
export function isBusyError(err: unknown): boolean {
  return String((err as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');
}

/** Longest pause between two tries, in ms. */
const MAX_PAUSE_MS = 250;

/** Run `step`; while it fails with SQLITE_BUSY, pause (10 ms, doubling up to 250) and try again, for up to `ms` in all. */
export function retryWhileBusy<T>(step: () => T, ms: number): T {
  const until = Date.now() + ms;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 10; ; wait = Math.min(wait * 2, MAX_PAUSE_MS)) {
    try {
      return step();
    } catch (err) {
      if (!isBusyError(err) || Date.now() >= until) throw err;
      Atomics.wait(pause, 0, 0, wait);
    }
  }
}
