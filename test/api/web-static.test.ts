/**
 * Serving the built UI (src/api/web.ts, web-pages.ts) on a small stand-in build: each page's HTML names the chunks
 * that page and the reader's language need (so a slow network fetches them beside the entry), compressed copies are
 * sent by Accept-Encoding, hashed files are cached for good and the HTML never, and the build's notes stay private.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp, serveWeb } from '../../src/api/index.ts';
import { acceptedLangs } from '../../src/api/web-pages.ts';

const INDEX = `<!doctype html>
<html lang="nl">
  <head>
    <script type="module" crossorigin src="/assets/index-AAAA.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-CCCC.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;
const PRELOADS = {
  routes: { '/check': ['/assets/Checker-BBBB.js', '/assets/engine-DDDD.js'] },
  langs: { ar: ['/assets/ar-EEEE.js'], en: ['/assets/en-FFFF.js'], xx: ['"><script>alert(1)</script>'] },
};

let dir: string;
let app: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inburgering-web-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, '.vite', 'preload.json'), JSON.stringify(PRELOADS));
  const js = 'export const x = 1;\n'.repeat(100);
  writeFileSync(join(dir, 'assets', 'Checker-BBBB.js'), js);
  writeFileSync(join(dir, 'assets', 'Checker-BBBB.js.br'), brotliCompressSync(js));
  app = await buildApp({ rateLimit: false, docs: false, log: { level: 'warn' } });
  await serveWeb(app, dir);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const preloaded = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

async function page(url: string, headers: Record<string, string> = {}) {
  const r = await app.inject({ method: 'GET', url, headers });
  const body =
    r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.rawPayload).toString() : r.body;
  return { r, body, preloads: preloaded(body) };
}

describe('the page HTML names what the page needs', () => {
  it('/check preloads the checker and its engine; the start page does not', async () => {
    expect((await page('/check')).preloads).toEqual(['/assets/Checker-BBBB.js', '/assets/engine-DDDD.js']);
    expect((await page('/check/')).preloads).toEqual(['/assets/Checker-BBBB.js', '/assets/engine-DDDD.js']);
    expect((await page('/')).preloads).toEqual([]);
  });

  it("adds the reader's texts: ?lang= first, else Accept-Language, else Dutch (in the entry)", async () => {
    expect((await page('/check?lang=ar')).preloads).toContain('/assets/ar-EEEE.js');
    expect((await page('/?lang=en', { 'accept-language': 'ar' })).preloads).toEqual(['/assets/en-FFFF.js']);
    expect((await page('/', { 'accept-language': 'de-DE, ar-SY;q=0.8, en;q=0.9' })).preloads).toEqual([
      '/assets/en-FFFF.js',
    ]);
    expect((await page('/?lang=nl', { 'accept-language': 'ar' })).preloads).toEqual([]);
    expect((await page('/', { 'accept-language': 'de, fr' })).preloads).toEqual([]);
    // The workspace speaks its own catalogs: no citizen texts preloaded there.
    expect((await page('/medewerker?lang=ar')).preloads).toEqual([]);
  });

  it('names only hashed chunks of the build, whatever preload.json says', async () => {
    const { body } = await page('/?lang=xx');
    expect(body).not.toContain('<script>alert');
  });

  it('sends brotli or gzip by Accept-Encoding, never cached, varying by language', async () => {
    const br = await page('/check?lang=ar', { 'accept-encoding': 'gzip, br' });
    expect(br.r.statusCode).toBe(200);
    expect(br.r.headers['content-encoding']).toBe('br');
    expect(br.r.headers['content-type']).toMatch(/^text\/html/);
    expect(br.r.headers['cache-control']).toBe('no-cache');
    expect(br.r.headers.vary).toMatch(/accept-language/);
    expect(br.r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(br.preloads).toContain('/assets/ar-EEEE.js');
    const gz = await app.inject({ method: 'GET', url: '/check', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      method: 'GET',
      url: '/check',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('/assets/Checker-BBBB.js');
  });

  it('serves hashed files compressed and immutable; the build notes and unknown files are 404', async () => {
    const js = await app.inject({
      method: 'GET',
      url: '/assets/Checker-BBBB.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ method: 'GET', url: '/.vite/preload.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/assets/nope.js' })).statusCode).toBe(404);
  });
});

describe('acceptedLangs', () => {
  it('orders by q, keeps the order of equal q, drops q=0 and *', () => {
    expect(acceptedLangs('tr-TR,tr;q=0.9,en;q=0.8')).toEqual(['tr', 'tr', 'en']);
    expect(acceptedLangs('de;q=0.5, uk, ar;q=0, *;q=0.1')).toEqual(['uk', 'de']);
    expect(acceptedLangs(undefined)).toEqual([]);
  });
});
