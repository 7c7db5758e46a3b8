/** Name and version recorded in every output (`generator`), used by `convert` to decide what to redo. */
import { packageManifest } from './util/packageFile.js';

const pkg = packageManifest();

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
