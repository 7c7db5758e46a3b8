/** Progress of a long conversion: a bar on a terminal (cli-progress), plain periodic lines otherwise. */
import { plural } from '../output/plural.js';
import { fitToWidth, makeBar } from '../output/progressBar.js';
import { displayWidth } from '../text/displayWidth.js';

export interface Progress {
  update(done: number, bytes: number, current: string): void;
  stop(): void;
}

export function makeProgress(total: number, totalBytes: number, enabled: boolean, tty: boolean): Progress {
  const started = Date.now();
  if (!enabled) return { update() {}, stop() {} };
  if (tty) {
    // `converting [] 12345/12345 | 123.4 MB/s | ETA 1h23m | ` besides the bar and the name
    const fixed = displayWidth('converting [] ') + 2 * String(total).length + displayWidth('/ | 123.4 MB/s | ETA 1h23m | ');
    const { bar, nameWidth } = makeBar('converting', ' | {mbps} MB/s | ETA {eta_formatted} | {current}', fixed, process.stderr, true);
    bar.start(total, 0, { mbps: '0.0', current: '' });
    return {
      update(done, bytes, current) {
        const s = (Date.now() - started) / 1000;
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { mbps: s > 0 ? (bytes / 1048576 / s).toFixed(1) : '0.0', current: fitToWidth(current, nameWidth) });
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
