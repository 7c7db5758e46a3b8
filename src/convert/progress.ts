/** Progress of a long conversion: a bar on a terminal (cli-progress), plain periodic lines otherwise. */
import cliProgress from 'cli-progress';
import { plural } from '../output/plural.js';

export interface Progress {
  update(done: number, bytes: number, current: string): void;
  stop(): void;
}

export function makeProgress(total: number, totalBytes: number, enabled: boolean, tty: boolean): Progress {
  const started = Date.now();
  if (!enabled) return { update() {}, stop() {} };
  if (tty) {
    const bar = new cliProgress.SingleBar(
      { format: 'converting [{bar}] {value}/{total} | {mbps} MB/s | ETA {eta_formatted} | {current}', hideCursor: true, stream: process.stderr, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { mbps: '0.0', current: '' });
    return {
      update(done, bytes, current) {
        const s = (Date.now() - started) / 1000;
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { mbps: s > 0 ? (bytes / 1048576 / s).toFixed(1) : '0.0', current: current.length > 40 ? '…' + current.slice(-39) : current });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, bytes) {
      const now = Date.now();
      if (now - last < 2000) return;
      last = now;
      const s = (now - started) / 1000;
      const share = totalBytes ? bytes / totalBytes : done / (total || 1);
      const eta = share > 0 && share < 1 ? `, ETA ${Math.max(0, Math.round(s / share - s))} s` : '';
      process.stderr.write(`gongbao convert: ${plural(done, 'gazette')} from ${plural(total, 'input')}, ${(bytes / 1048576).toFixed(1)} MB, ${(bytes / 1048576 / (s || 1)).toFixed(1)} MB/s${eta}\n`);
    },
    stop() {},
  };
}
