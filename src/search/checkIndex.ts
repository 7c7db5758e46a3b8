/**
 * `gongbao index --check`: does the index read back whole? SQLite's own check of every page and index
 * (`PRAGMA integrity_check`), then FTS5's check that the full-text tables agree with their content.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from './openDatabase.js';

export interface IndexCheck {
  ok: boolean;
  /** One line per problem found (at most 20 from SQLite, then FTS5's). */
  problems: string[];
}

const FTS_TABLES = ['fts', 'chars'];

/** Check the database at `path` (an index that opened): FTS5's check runs as a write, so it needs a writable file. */
export function checkIndexFile(path: string): IndexCheck {
  let db: Database.Database;
  try {
    db = openDatabase(path, { fileMustExist: true });
  } catch (err) {
    return { ok: false, problems: [`cannot open ${path} to check it: ${(err as Error).message}`] };
  }
  try {
    return checkDatabase(db);
  } finally {
    db.close();
  }
}

export function checkDatabase(db: Database.Database): IndexCheck {
  const problems: string[] = [];
  try {
    const rows = db.prepare('PRAGMA integrity_check(20)').pluck().all() as string[];
    if (!(rows.length === 1 && rows[0] === 'ok')) for (const r of rows) problems.push(`sqlite: ${r}`);
  } catch (err) {
    problems.push(`sqlite: ${(err as Error).message}`);
  }
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  for (const t of FTS_TABLES) {
    if (!tables.has(t)) continue;
    try {
      db.prepare(`INSERT INTO ${t}(${t}) VALUES('integrity-check')`).run();
    } catch (err) {
      problems.push(`full-text table ${t}: ${(err as Error).message}`);
    }
  }
  return { ok: problems.length === 0, problems };
}
