import { describe, expect, it } from 'vitest';
import { whyNotWritten, writeProblem } from '../../src/output/checkOutputPath.js';

const failure = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('whyNotWritten', () => {
  it.each([
    ['ENOSPC', 'no space left on the device'],
    ['EACCES', 'permission denied'],
    ['EROFS', 'read-only file system'],
    // the folder was checked before the write: ENOENT then is a folder gone since, or one that creates no files (/proc)
    ['ENOENT', 'the folder does not exist, or takes no new files'],
    ['EIO', 'EIO'],
  ])('%s → %s', (code, want) => expect(whyNotWritten(failure(code))).toBe(want));
  it('the line names the path the user gave, never a temporary file', () => {
    expect(writeProblem('out/x.json', failure('EACCES'))).toBe('out/x.json: cannot write (permission denied)');
  });
});
