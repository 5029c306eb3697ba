/**
 * A ready-to-run chain for the demo and a gemeente's acceptance environment: a test PKI (CA, DUO's certificate,
 * the gemeente endpoint's and each gemeente's), written as PEM files with a chain configuration (config.ts) that
 * `inburgering duo-koppeling` and `serve` read. Never for production: the CA key is not kept, the OINs are
 * synthetic. A folder that already holds a configuration is reused, so the simulator and the gemeente's processes
 * started separately trust each other.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUO_SIM_OIN, testOin } from './config.ts';
import { makeTestPki, type TlsIdentity } from './tls.ts';

export interface DemoChainFiles {
  readonly configPath: string;
  /** DUO's identity for the simulator. */
  readonly duo: TlsIdentity;
}

export function ensureDemoChain(
  dir: string,
  gemeenten: readonly string[],
  ports: { duo: number; notificatie: number; brp?: number },
): DemoChainFiles {
  const configPath = join(dir, 'chain.json');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  if (!existsSync(configPath) || !existsSync(join(dir, 'duo.pem'))) {
    mkdirSync(dir, { recursive: true });
    const pki = makeTestPki('inburgering demo CA');
    const write = (name: string, id: TlsIdentity) => {
      writeFileSync(join(dir, `${name}.pem`), id.cert);
      writeFileSync(join(dir, `${name}.key`), id.key, { mode: 0o600 });
    };
    writeFileSync(join(dir, 'ca.pem'), pki.caCert);
    write('duo', pki.issue('DUO simulator', DUO_SIM_OIN));
    write('notificatie', pki.issue('Notificatie-endpoint', testOin(gemeenten[0] ?? '0363')));
    for (const g of gemeenten) write(`gemeente-${g}`, pki.issue(`Gemeente ${g}`, testOin(g)));
    const tls = (name: string) => ({ cert: `${name}.pem`, key: `${name}.key`, ca: 'ca.pem' });
    const config = {
      duo: { url: `https://127.0.0.1:${ports.duo}/v1`, oin: DUO_SIM_OIN, timeoutMs: 10_000 },
      ...(ports.brp ? { brp: { url: `https://127.0.0.1:${ports.brp}/haalcentraal/api/brp` } } : {}),
      gemeenten: gemeenten.map((code) => ({ code, oin: testOin(code), tls: tls(`gemeente-${code}`) })),
      notificatie: { host: '127.0.0.1', port: ports.notificatie, tls: tls('notificatie') },
    };
    writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  }
  return { configPath, duo: { cert: read('duo.pem'), key: read('duo.key'), ca: read('ca.pem') } };
}
