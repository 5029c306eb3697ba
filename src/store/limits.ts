/**
 * Bounds on what one caller can make the store hold (security audit, findings 2 and 7): an event's data is at most
 * MAX_EVENT_DATA_BYTES of JSON and MAX_EVENT_DEPTH levels deep, and a case holds at most MAX_CASE_EVENTS events.
 * With them a case's history, and so a status read that folds it, is bounded: at most ~MAX_CASE_EVENTS ×
 * MAX_EVENT_DATA_BYTES (a real case is a few dozen events of a few hundred bytes).
 */
import { StoreError } from './errors.ts';

export const MAX_EVENT_DATA_BYTES = 16 * 1024;
export const MAX_EVENT_DEPTH = 16;
export const MAX_CASE_EVENTS = 2000;

/** Nesting depth of a JSON value, without recursion (so a hostile depth cannot overflow the stack). */
export function jsonDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, d + 1]);
  }
  return max;
}

/** Throws `store.invalid_event` when an event's data is too deep or too large. */
export function checkEventBounds(data: unknown, index: number): void {
  const bad = (reason: string): never => {
    throw new StoreError('store.invalid_event', { index, reason });
  };
  if (jsonDepth(data, MAX_EVENT_DEPTH) > MAX_EVENT_DEPTH) bad('data.too_deep');
  let text: string | undefined;
  try {
    text = JSON.stringify(data);
  } catch {
    bad('data.unserialisable');
  }
  if (text !== undefined && Buffer.byteLength(text) > MAX_EVENT_DATA_BYTES) bad('data.too_large');
}

/** Throws `store.invalid_event` when a case would hold more than MAX_CASE_EVENTS events. */
export function checkCaseBounds(events: number): void {
  if (events > MAX_CASE_EVENTS)
    throw new StoreError('store.invalid_event', { index: -1, reason: 'case.too_many_events' });
}
