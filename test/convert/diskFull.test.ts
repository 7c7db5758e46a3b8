// convert on a full disk (a small tmpfs, where this machine lets the tests mount one): every input up to the
// stop is in the manifest when there is room for it, and the run ends with one line naming the disk.
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, FIXTURES } from '../helpers/fixtures.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'gongbao-full-'));
const mount = (size: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]).status === 0;
const umount = () => spawnSync('umount', [mountPoint]);
const canMount = process.getuid?.() === 0 && mount('64k') && (umount(), true);
afterAll(() => {
  umount();
  rmSync(mountPoint, { recursive: true, force: true });
});

const convert = (out: string) => spawnSync(process.execPath, [BIN, 'convert', join(FIXTURES, 'html'), '-o', out, '--no-progress'], { encoding: 'utf8' });

describe.runIf(canMount)('convert on a full disk', () => {
  it.each([['100k'], ['150k'], ['170k']])('%s of room: exit 1, one line naming the disk, no stack trace', (size) => {
    expect(mount(size)).toBe(true);
    try {
      const out = join(mountPoint, 'out');
      const r = convert(out);
      expect(r.status).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).toMatch(/no space left on the device/);
      for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^gongbao: /);
      if (existsSync(join(out, 'manifest.json'))) {
        const inputs = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { status: string }[];
        expect(inputs.length).toBeGreaterThan(0);
      } else expect(r.stderr).toMatch(/manifest\.json not written/);
    } finally {
      umount();
    }
  });
});

describe.runIf(canMount)('index on a full disk', () => {
  it('one line naming the disk, exit 1; what was committed before stays searchable', () => {
    expect(mount('2m')).toBe(true);
    try {
      const d = join(mountPoint, 'idx');
      // the saved pages fit; the whole gazettes after them do not
      expect(spawnSync(process.execPath, [BIN, 'index', join(FIXTURES, 'html'), '--index', d, '-q']).status).toBe(0);
      const r = spawnSync(process.execPath, [BIN, 'index', FIXTURES, '--index', d, '-q'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongbao: cannot write the index .*no space left on the device/)]);
      const s = spawnSync(process.execPath, [BIN, 'search', '电力', '--index', d, '--json'], { encoding: 'utf8' });
      expect(s.stderr).toBe('');
      expect(JSON.parse(s.stdout).hits.length).toBeGreaterThan(0);
    } finally {
      umount();
    }
  });
});
