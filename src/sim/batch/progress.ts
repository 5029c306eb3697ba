// Progress of a batch run: a bar on a terminal (cli-progress), nothing otherwise, so logs and pipes stay clean.
import cliProgress from 'cli-progress';

export interface Progress {
  /** `total` persons (null when the number is not known in advance, as with stored cases). */
  start(total: number | null): void;
  update(done: number): void;
  stop(): void;
}

export const QUIET: Progress = { start() {}, update() {}, stop() {} };

export interface ProgressOptions {
  /** Where the bar is drawn (default process.stderr, so stdout stays data). */
  readonly stream?: NodeJS.WriteStream;
  readonly quiet?: boolean;
  /** Text before the bar. */
  readonly label?: string;
}

/** A progress bar when the stream is a terminal and not quiet; otherwise QUIET. */
export function progressBar(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return QUIET;
  const label = options.label ?? '';
  let bar: cliProgress.SingleBar | null = null;
  let known = true;
  let startedAt = 0;
  return {
    start(total) {
      known = total !== null;
      startedAt = performance.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: known
            ? `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | {eta_formatted}`
            : `${label} {value} | {rate}/s`,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: 0 });
    },
    update(done) {
      if (!bar) return;
      const elapsed = (performance.now() - startedAt) / 1000;
      bar.update(done, { rate: elapsed > 0 ? Math.round(done / elapsed) : 0 });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
