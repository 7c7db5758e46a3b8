import { printable } from './printable.js';

/** An error about one path the user gave: printed as `path: problem`, one line. */
export class PathError extends Error {
  constructor(
    public readonly path: string,
    public readonly problem: string,
  ) {
    super(`${printable(path)}: ${problem}`);
    this.name = new.target.name;
  }
}
