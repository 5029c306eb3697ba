/** Shared test support for the API: apps with captured logs, tokens, sample facts, schema checks. */
import { Writable } from 'node:stream';
import { type App, type BuildAppOptions, buildApp, mintToken, type Role } from '../../src/api/index.ts';

/** A log sink that keeps every line, so tests can grep what was logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const l of chunk.toString('utf8').split('\n')) if (l) this.lines.push(l);
    done();
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export async function makeApp(options: BuildAppOptions = {}): Promise<{ app: App; logs: LogCapture }> {
  const logs = new LogCapture();
  const level = options.log && 'level' in options.log ? String(options.log.level) : 'info';
  const app = await buildApp({ rateLimit: false, ...options, log: { level, stream: logs } });
  await app.ready();
  return { app, logs };
}

export function token(role: Role, gemeente?: string, zaak?: string): Promise<string> {
  return mintToken({
    role,
    ...(gemeente ? { gemeente } : {}),
    ...(zaak ? { zaak } : {}),
    subject: `test-${role}-${gemeente ?? 'nl'}`,
  });
}

export const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** An asylum permit holder housed in Amsterdam: obliged under Wi2021, bijstand still unknown. */
export const SAMPLE_FACTS = {
  person: { birthDate: '1990-05-01', nationalities: ['SY'] },
  residence: [{ kind: 'asiel_bepaalde_tijd', grantedOn: '2023-03-01' }],
  brp: [{ gemeente: '0363', from: '2023-04-01', housing: true }],
  duoNoticeOn: '2023-03-15',
} as const;

/** Valid BSNs (elfproef) used to check that none ever leaks. */
export const TEST_BSNS = ['999990019', '999990020', '999990032', '123456782'] as const;

export function json(body: string): Record<string, unknown> {
  return JSON.parse(body) as Record<string, unknown>;
}
