/** A klantmanager's command through the API with its DUO message, on PGlite. */
import { pgliteTarget } from '../store/harness.ts';
import { apiOutbox } from './api-outbox.ts';

apiOutbox(pgliteTarget);
