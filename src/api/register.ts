/**
 * A gemeente's own register of processing activities (Register van Verwerkingsactiviteiten, AVG art. 30): each
 * gemeente names the processing activities this system performs for it with its own URIs. The Logboek records the
 * URI of the gemeente acting (`dpl.core.processing_activity_id`); where a gemeente has not configured one, the
 * system's default URI (API_PURPOSES) stays.
 */
import { API_PURPOSES, type CaseBackend } from './cases.ts';

export type PurposeKey = keyof typeof API_PURPOSES;

/** CBS gemeentecode -> processing activity -> the gemeente's URI for it. */
export type ProcessingRegister = Readonly<Record<string, Partial<Readonly<Record<PurposeKey, string>>>>>;

const KEY_OF: ReadonlyMap<string, PurposeKey> = new Map(
  (Object.entries(API_PURPOSES) as [PurposeKey, string][]).map(([k, uri]) => [uri, k]),
);

/** The URI to log for a default purpose URI, in a gemeente. */
export function registeredPurpose(register: ProcessingRegister, gemeente: string, purpose: string): string {
  const key = KEY_OF.get(purpose);
  return (key !== undefined ? register[gemeente]?.[key] : undefined) ?? purpose;
}

/** The case backend with every session's purpose translated into the acting gemeente's register. */
export function withRegister(backend: CaseBackend, register: ProcessingRegister): CaseBackend {
  return new Proxy(backend, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'today') return value;
      return (...args: unknown[]) => {
        const [first, ...rest] = args;
        if (first !== null && typeof first === 'object' && 'purpose' in first && 'gemeente' in first) {
          const s = first as { purpose: string; gemeente: string };
          const session = { ...s, purpose: registeredPurpose(register, s.gemeente, s.purpose) };
          return (value as (...a: unknown[]) => unknown).apply(target, [session, ...rest]);
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
