/**
 * A change of a case as a CloudEvent (CloudEvents 1.0, NL GOV profile of Logius): structured JSON mode
 * (`application/cloudevents+json`). No personal data: the subject is the case's pseudonymous id, the data its
 * reference and version; the receiver fetches what it may see from `dataref` with its own authorization (the
 * "notify, then pull" pattern of the profile).
 *
 * - `source`: a URN in the `nld` namespace naming the organisation and the system (profile: organisation, then
 *   system); configured per gemeente, default `urn:nld:cbs-gemeentecode:<code>:systeem:inburgering`.
 * - `type`: reverse-DNS, `nl.inburgering.zaak.gewijzigd` for every change (the kind of change stays in the case).
 * - `id`: the outbox message id (a UUID; the same on every retry), `time`: when the change was recorded.
 * - `sequence` (the CloudEvents sequence extension: a string ordered lexicographically): the case's version,
 *   zero-padded to ten digits, so a receiver can order the changes of one case.
 */
export const CASE_CHANGED = 'nl.inburgering.zaak.gewijzigd';

export interface CloudEvent {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time: string;
  readonly subject: string;
  readonly datacontenttype: 'application/json';
  readonly dataref: string;
  readonly sequence: string;
  readonly data: { readonly zaak: string; readonly versie: number };
}

export function defaultSource(gemeente: string): string {
  return `urn:nld:cbs-gemeentecode:${gemeente}:systeem:inburgering`;
}

export function caseChanged(o: {
  readonly id: string;
  readonly source: string;
  readonly caseId: string;
  readonly version: number;
  readonly time: string;
  /** The API's base URL (e.g. https://inburgering.gemeente.nl): dataref is <apiBase>/v1/zaken/<id>. */
  readonly apiBase: string;
}): CloudEvent {
  return {
    specversion: '1.0',
    id: o.id,
    source: o.source,
    type: CASE_CHANGED,
    time: o.time,
    subject: o.caseId,
    datacontenttype: 'application/json',
    dataref: `${o.apiBase.replace(/\/+$/, '')}/v1/zaken/${o.caseId}`,
    sequence: String(o.version).padStart(10, '0'),
    data: { zaak: o.caseId, versie: o.version },
  };
}
