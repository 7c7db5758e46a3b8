/**
 * Opening a SQLite database through better-sqlite3, whose compiled addon is tied to one Node.js ABI: switching
 * Node.js without rebuilding it is one line saying so and how to fix it, not a raw dlopen error.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export class IndexError extends Error {}

/**
 * The compiled better-sqlite3 addon, given to it directly: its default lookup (the `bindings` package) builds
 * an Error for a stack trace and tries a dozen paths on every start. Undefined (the default lookup) if the
 * addon is not where a source build puts it.
 */
let addonPath: string | undefined | null = null;
function nativeBinding(): string | undefined {
  if (addonPath === null) {
    try {
      const file = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3')), '..', 'build', 'Release', 'better_sqlite3.node');
      addonPath = existsSync(file) ? file : undefined;
    } catch {
      addonPath = undefined;
    }
  }
  return addonPath;
}

// "…compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 137…"
const ABI_MISMATCH = /NODE_MODULE_VERSION (\d+)[^]*?requires\s+NODE_MODULE_VERSION (\d+)/;

/** The one-line reason an addon failed to load, or null when the error is not about the addon. */
export function addonProblem(err: unknown): string | null {
  const message = (err as Error)?.message ?? '';
  const abi = ABI_MISMATCH.exec(message);
  if (abi) {
    return `better-sqlite3 was built for another Node.js (module version ${abi[1]}; this Node.js ${process.version} needs ${abi[2]}): run \`npm rebuild better-sqlite3\` in gongbao's folder (or reinstall gongbao) with this Node.js`;
  }
  if ((err as { code?: string })?.code === 'ERR_DLOPEN_FAILED') return `better-sqlite3's compiled addon cannot be loaded (${message.split('\n')[0]}): run \`npm rebuild better-sqlite3\` in gongbao's folder`;
  return null;
}

export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  try {
    return new Database(path, { ...options, nativeBinding: nativeBinding() });
  } catch (err) {
    const problem = addonProblem(err);
    throw problem ? new IndexError(problem) : err;
  }
}
