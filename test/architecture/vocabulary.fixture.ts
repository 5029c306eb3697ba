// Planted copies for vocabulary.test.ts: the detector must find each of these.
export const ROUTES = ['Z', 'B1', 'onderwijs'] as const;
export type Route = 'onderwijs' | 'B1' | 'Z';
export const GROUPS = ['gezinsmigrant_overig', 'asielstatushouder'];
// All commands but OpenCase (the API's append list, once spelled out in api/routes/zaken.ts).
export const APPEND = [
  'RecordFact',
  'RecordMove',
  'SummonForIntake',
  'RecordIntakeOutcome',
  'CompleteIntake',
  'AdoptPip',
  'AmendPip',
  'ChangeRoute',
  'DecideAfschalen',
  'RecordZrouteEindgesprek',
  'RequestExtension',
  'DecideExtension',
  'ImposeFine',
  'GrantLoan',
  'DecideOntzorgen',
  'CorrectEvent',
  'RetractEvent',
] as const;
// A few event types picked for a purpose: no copy.
export const DUO_FACTS = ['ExamResultRegistered', 'DuoNoticeSent', 'LoanGranted'];
