/**
 * `npm run bench -- web`: the weight and speed of the citizen checker as a newcomer's phone meets it. Serves the
 * built UI (dist/web, `npm run build:web` first) the way `inburgering serve` does, opens it in Chromium
 * (/usr/bin/chromium) with an empty cache and the Chrome DevTools "Slow 4G" network profile through the Chrome
 * DevTools Protocol, set before the navigation starts, and prints:
 * - web.checker.js.transfer: the JavaScript bytes sent over the wire for /check (compressed, as the browser got it)
 * - web.checker.css.transfer, web.checker.total.transfer: the same for CSS and for everything
 * - web.home.start.ms: time from the start of the navigation to the frame that first paints the start page's
 *   "Start" button, by the page's own clock (performance.now(); median of runs)
 * - web.checker.firstQuestion.ms: the same for the first question of /check (median)
 * - web.checker.firstQuestion.ar.ms: the same in Arabic (/check?lang=ar), whose texts are a chunk of their own
 * and, as `#` lines, the request chain (waterfall) of the median runs: what was asked when, and what it waited on.
 *
 * The profile is DevTools' own "Slow 4G" (devtools-frontend, core/sdk/NetworkManager.ts, Slow4GConditions, the
 * former "Fast 3G"): 562.5 ms added to every request (150 ms RTT x 3.75), 1.6 Mbit/s x 0.9 = 180,000 bytes/s down
 * and 750 kbit/s x 0.9 = 84,375 bytes/s up, decimal units, shared by all requests of the page; no CPU throttling.
 * Chromium applies the latency per request, not per connection, so every sequential round trip costs >= 562.5 ms.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { DIST_DIR, startServer } from '../test/web/server.ts';
import { percentile, report } from './lib.ts';

const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 3);
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
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

/** One request as the browser saw it: when it was sent and finished (ms after the document was asked for). */
interface Request {
  readonly url: string;
  readonly type: string;
  readonly sent: number;
  readonly finished: number;
  readonly bytes: number;
  readonly encoding: string;
}

interface Run {
  /** When the element was first painted, by the page's own clock (ms after the navigation started). */
  readonly ms: number;
  /** When Playwright saw it visible, by the bench's clock (ms after page.goto was called): a check on `ms`. */
  readonly seenMs: number;
  readonly bytes: Record<string, number>;
  readonly requests: readonly Request[];
}

async function measure(path: string, selector: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Cold cache and the throttling in place before the navigation starts.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const sent = new Map<string, { url: string; at: number }>();
  const types = new Map<string, string>();
  const encodings = new Map<string, string>();
  const requests: Request[] = [];
  const bytes: Record<string, number> = {};
  cdp.on('Network.requestWillBeSent', (e) => sent.set(e.requestId, { url: e.request.url, at: e.timestamp }));
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type);
    const h = e.response.headers;
    encodings.set(e.requestId, String(h['content-encoding'] ?? h['Content-Encoding'] ?? '-'));
  });
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
    const s = sent.get(e.requestId);
    if (s)
      requests.push({
        url: s.url,
        type,
        sent: s.at,
        finished: e.timestamp,
        bytes: e.encodedDataLength,
        encoding: encodings.get(e.requestId) ?? '-',
      });
  });
  // The page notes the frame in which the element first has a size (a MutationObserver, then the next animation
  // frame, which runs just before that frame is painted), by its own clock: Playwright's polling for visibility
  // lags by up to hundreds of milliseconds on a loaded machine.
  await page.addInitScript((sel: string) => {
    const w = window as unknown as { __shownAt?: number };
    const observer = new MutationObserver(() => {
      const el = document.querySelector(sel);
      if (!el || el.getBoundingClientRect().height === 0) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        w.__shownAt = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
  const t0 = Date.now();
  await page.goto(`${server.url}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const seenMs = Date.now() - t0;
  const ms = await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt, null, {
    timeout: 120_000,
  });
  const shownAt = Math.round(Number(await ms.jsonValue()));
  // Let the lazy chunks the page asked for finish, so the byte count is the route's whole JavaScript.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await context.close();
  const start = Math.min(...requests.map((r) => r.sent));
  return {
    ms: shownAt,
    seenMs,
    bytes,
    requests: requests
      .map((r) => ({ ...r, sent: (r.sent - start) * 1000, finished: (r.finished - start) * 1000 }))
      .sort((a, b) => a.sent - b.sent),
  };
}

/** The request chain of one run as `#` lines: sent and finished (ms), compressed size, encoding, path. */
function waterfall(title: string, run: Run): void {
  console.log(`# ${title}: painted at ${run.ms} ms (Playwright saw it at ${run.seenMs} ms)`);
  for (const r of run.requests) {
    const path = new URL(r.url).pathname;
    const at = `${Math.round(r.sent)}`.padStart(5);
    const to = `${Math.round(r.finished)}`.padStart(5);
    const kb = (r.bytes / 1024).toFixed(1).padStart(6);
    console.log(`#   ${at} -> ${to} ms ${kb} kB ${r.encoding.padEnd(3)} ${r.type.padEnd(10)} ${path}`);
  }
}

const median = (runs: readonly Run[]): Run =>
  [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)] as Run;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

try {
  console.log(`# load average before: ${load()}`);
  const home: Run[] = [];
  const check: Run[] = [];
  const checkAr: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    home.push(await measure('/?lang=nl', '.app-start a'));
    check.push(await measure('/check?lang=nl', '[data-question]'));
    // The Arabic reader: her texts are a chunk of their own (Dutch is in the entry).
    checkAr.push(await measure('/check?lang=ar', '[data-question]'));
  }
  waterfall('home (median run)', median(home));
  waterfall('checker (median run)', median(check));
  waterfall('checker in Arabic (median run)', median(checkAr));
  console.log(`# load average after: ${load()}`);
  const last = check[check.length - 1] as Run;
  const total = Object.values(last.bytes).reduce((a, b) => a + b, 0);
  report([
    { name: 'web.checker.js.transfer', value: Math.round((last.bytes.Script ?? 0) / 1024), unit: 'kB' },
    { name: 'web.checker.css.transfer', value: Math.round((last.bytes.Stylesheet ?? 0) / 1024), unit: 'kB' },
    { name: 'web.checker.total.transfer', value: Math.round(total / 1024), unit: 'kB' },
    {
      name: 'web.home.start.ms',
      value: percentile(
        home.map((h) => h.ms),
        50,
      ),
      unit: 'ms (Slow 4G, median)',
    },
    {
      name: 'web.checker.firstQuestion.ms',
      value: percentile(
        check.map((c) => c.ms),
        50,
      ),
      unit: 'ms (Slow 4G, median)',
    },
    {
      name: 'web.checker.firstQuestion.ar.ms',
      value: percentile(
        checkAr.map((c) => c.ms),
        50,
      ),
      unit: 'ms (Slow 4G, median)',
    },
  ]);
} finally {
  await browser.close();
  await server.close();
}
