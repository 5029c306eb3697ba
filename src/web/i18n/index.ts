/**
 * Every web catalog at once, for the tests and tools. The app loads one language at a time through ./load.ts and
 * never imports this file (a static import would put every language in the bundle).
 */
import { ar } from './ui/ar.ts';
import { en } from './ui/en.ts';
import { nl } from './ui/nl.ts';
import { ti } from './ui/ti.ts';
import { tr } from './ui/tr.ts';
import { uk } from './ui/uk.ts';
import { en as wsEn } from './workspace/en.ts';
import { nl as wsNl } from './workspace/nl.ts';

export const UI_CATALOGS = { nl, en, ar, ti, tr, uk } as const;
export const WORKSPACE_CATALOGS = { nl: wsNl, en: wsEn } as const;
