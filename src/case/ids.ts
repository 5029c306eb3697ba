/** Identifiers: case and event ids are UUIDs; the events of one command get ids derived from the command's. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/** A fresh random UUID (v4). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The id of the i-th event of a command: the command id itself for the first, then the command id with its last
 * 48 bits counted up. Deterministic, so `decide` stays a pure function.
 */
export function deriveEventId(commandId: string, i: number): string {
  if (!isUuid(commandId)) throw new RangeError('commandId must be a UUID');
  if (i === 0) return commandId.toLowerCase();
  const head = commandId.slice(0, 24).toLowerCase();
  const tail = (Number.parseInt(commandId.slice(24), 16) + i) % 2 ** 48;
  return head + tail.toString(16).padStart(12, '0');
}
