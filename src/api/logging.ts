/**
 * The API's logger: pino with personal fields redacted by path and every string scrubbed of nine-digit runs
 * (BSNs), so neither a request line nor an error message can carry a BSN into the log.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS, scrubDeep, scrubText } from './privacy.ts';

export interface LogOptions {
  /** pino level (default 'info'; 'silent' for none). */
  readonly level?: string;
  /** Where log lines go (default stdout). Tests pass a stream to read what was logged. */
  readonly stream?: DestinationStream;
}

export function createLogger(options: LogOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
      formatters: {
        log: (obj) => scrubDeep(obj) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          // Scrub the message (and interpolation values) too; objects go through `formatters.log`.
          const clean = args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<
            typeof method
          >;
          return method.apply(this, clean);
        },
      },
      serializers: {
        err: (e: Error) => scrubDeep(e),
      },
    },
    options.stream ?? pino.destination({ sync: false }),
  );
}
