import { describe, expect, it } from 'vitest';
import { isBusyError, retryWhileBusy } from '../../src/search/busyRetry.js';

/** An error as better-sqlite3 throws it, with SQLite's code. */
const sqliteError = (code: string) => Object.assign(new Error('database is locked'), { code });

describe('retryWhileBusy', () => {
  it('tries a step again while SQLite says the database is busy, and returns what it gives', () => {
    let tries = 0;
    const value = retryWhileBusy(() => {
      if (++tries < 3) throw sqliteError('SQLITE_BUSY');
      return 'wal';
    }, 5000);
    expect([value, tries]).toEqual(['wal', 3]);
  });
  it('gives up when the time is spent, with the busy error', () => {
    let tries = 0;
    expect(() => retryWhileBusy(() => {
      tries++;
      throw sqliteError('SQLITE_BUSY');
    }, 30)).toThrow('database is locked');
    expect(tries).toBeGreaterThan(1);
  });
  it('must not retry another error', () => {
    let tries = 0;
    expect(() => retryWhileBusy(() => {
      tries++;
      throw sqliteError('SQLITE_CORRUPT');
    }, 5000)).toThrow();
    expect(tries).toBe(1);
  });
});

describe('isBusyError', () => {
  it.each([['SQLITE_BUSY'], ['SQLITE_BUSY_SNAPSHOT']])('%s', (code) => expect(isBusyError(sqliteError(code))).toBe(true));
  it.each([['SQLITE_LOCKED'], ['SQLITE_FULL'], ['']])('must not: %j', (code) => expect(isBusyError(sqliteError(code))).toBe(false));
  it('must not fire on a value that is no error', () => expect(isBusyError(null)).toBe(false));
});
