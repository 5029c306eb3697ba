/** The chain end to end on PGlite. */
import { pgliteTarget } from '../store/harness.ts';
import { chainEndToEnd } from './e2e.ts';

chainEndToEnd(pgliteTarget);
