import { describe, expect, it } from 'vitest';
import { runProblem } from '../../src/convert/runConvert.js';

describe('runProblem: what kept a convert run from finishing its writes, in one line', () => {
  const none = { diskFull: null, collectError: null, manifestError: null, inputs: 7 };
  it.each([
    ['a full disk', { ...none, diskFull: 'no space left on the device' }, 'out: no space left on the device: stopped after 7 inputs; manifest.json lists every input up to then; free space and rerun to resume'],
    ['the collected outputs', { ...none, collectError: 'no space left on the device' }, 'out: documents.ndjson not written (no space left on the device); manifest.json lists every input up to then; free space and rerun to resume'],
    ['the manifest too', { ...none, collectError: 'no space left on the device', manifestError: 'no space left on the device' }, 'out: documents.ndjson not written (no space left on the device); manifest.json not written (no space left on the device); free space and rerun: outputs already written are kept'],
  ])('%s', (_name, p, expected) => expect(runProblem('out', p)).toBe(expected));
  it('must not fire: nothing failed', () => expect(runProblem('out', none)).toBeNull());
});
