/**
 * `npm run bench -- web`: the weight and speed of the citizen checker as a newcomer's phone meets it. Serves the
 * built UI (dist/web, `npm run build:web` first) the way `inburgering serve` does, opens it in Chromium
 * (/usr/bin/chromium) with an empty cache and the Chrome DevTools "Slow 4G" network profile through the Chrome
 * DevTools Protocol (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up; no CPU throttling), and prints:
 * - web.checker.js.transfer: the JavaScript bytes sent over the wire for /check (compressed, as the browser got it)
 * - web.checker.css.transfer, web.checker.total.transfer: the same for CSS and for everything
 * - web.home.start.ms: time from navigation to the start page's "Start" button being visible (median of runs)
 * - web.checker.firstQuestion.ms: time from navigation to the first question of /check being visible (median)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { DIST_DIR, startServer } from '../test/web/server.ts';
import { percentile, report } from './lib.ts';

const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 3);
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

if (!existsSync(join(DIST_DIR, 'index.html'))) {
  console.error('No built UI: run "npm run build:web" first.');
  process.exit(1);
}

const server = await startServer({ today: '2026-11-01', seedCases: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
});

interface Run {
  readonly ms: number;
  readonly bytes: Record<string, number>;
}

async function measure(path: string, selector: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const types = new Map<string, string>();
  const bytes: Record<string, number> = {};
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
  });
  const t0 = Date.now();
  await page.goto(`${server.url}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = Date.now() - t0;
  // Let the lazy chunks the page asked for finish, so the byte count is the route's whole JavaScript.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await context.close();
  return { ms, bytes };
}

try {
  const home: number[] = [];
  const check: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    home.push((await measure('/?lang=nl', '.app-start a')).ms);
    check.push(await measure('/check?lang=nl', '[data-question]'));
  }
  const last = check[check.length - 1] as Run;
  const total = Object.values(last.bytes).reduce((a, b) => a + b, 0);
  report([
    { name: 'web.checker.js.transfer', value: Math.round((last.bytes.Script ?? 0) / 1024), unit: 'kB' },
    { name: 'web.checker.css.transfer', value: Math.round((last.bytes.Stylesheet ?? 0) / 1024), unit: 'kB' },
    { name: 'web.checker.total.transfer', value: Math.round(total / 1024), unit: 'kB' },
    { name: 'web.home.start.ms', value: percentile(home, 50), unit: 'ms (Slow 4G, median)' },
    {
      name: 'web.checker.firstQuestion.ms',
      value: percentile(
        check.map((c) => c.ms),
        50,
      ),
      unit: 'ms (Slow 4G, median)',
    },
  ]);
} finally {
  await browser.close();
  await server.close();
}
