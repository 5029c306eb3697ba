// Texts of the chain commands (English; keys follow the Dutch catalog).
import type { ChainMessageKey } from './chain.nl.ts';

export const chainEn: Readonly<Record<ChainMessageKey, string>> = {
  'duosim.description':
    "DUO simulator: DUO's side of every API of the M2M specification, with DUO's rules, over two-way TLS",
  'duosim.opt.port': 'port (default 8443)',
  'duosim.opt.dir': 'folder for the test PKI and the chain configuration (default .chain)',
  'duosim.opt.cases': 'number of synthetic persons (the same as the demo data, default 500)',
  'duosim.opt.notify': 'send a notification SS121 for every person once the gemeente listens',
  'duosim.listening': 'DUO simulator listening on {url} ({persons} persons, {planted} planted differences)',
  'duosim.config': 'Chain configuration for the gemeente: {path}',
  'koppeling.description':
    "The gemeente's side of the chain: Notificatie API and outbox sender to DUO (configuration: INBURGERING_CHAIN_CONFIG)",
  'koppeling.opt.config': 'chain configuration (JSON)',
  'koppeling.listening': 'Notificatie API listening on {url}; sender running for {gemeenten}',
  'verschillen.description': "Differences between DUO's registration and the law, per case of a gemeente",
  'verschillen.opt.gemeente': 'gemeente code (4 digits)',
  'verschillen.opt.peildatum': 'peildatum (YYYY-MM-DD), today by default',
  'verschillen.opt.json': 'output as JSON',
  'verschillen.none': 'No differences found.',
  'verschillen.line':
    'case {caseId}: {subject}: DUO {duo}, law {engine} ({articles}); explained by: {explainedBy}',
  'brpsim.description':
    'BRP simulator: Haal Centraal BRP Personen (query by BSN) with the same synthetic persons',
  'brpsim.listening': 'BRP simulator listening on {url} ({persons} persons)',
  'error.gemeente': 'Invalid gemeente code: {value}',
  'error.config': 'Chain configuration missing or invalid: {reason}',
};
