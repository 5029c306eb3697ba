/** The port the case endpoints need from the case file and event store. */
export interface CaseBackend {
  readonly kind: string;
}
