/** The store contract on PGlite (embedded PostgreSQL in WebAssembly): always runs. */
import { storeContract } from './contract.ts';
import { pgliteTarget } from './harness.ts';

storeContract(pgliteTarget);
