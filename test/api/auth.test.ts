import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createVerifier,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEV_AUTH,
  DEV_SECRET,
  mintToken,
} from '../../src/api/index.ts';

const devVerify = await createVerifier(DEV_AUTH);

function pemPair(type: 'ed25519' | 'ec') {
  const { publicKey, privateKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

describe('mintToken and the verifier', () => {
  it('round-trips role, gemeente and (for a burger) the case id', async () => {
    const km = await devVerify(
      `Bearer ${await mintToken({ role: 'klantmanager', gemeente: '0363', subject: 'emp-1' })}`,
    );
    expect(km).toEqual({ subject: 'emp-1', role: 'klantmanager', gemeente: '0363', zaak: null });
    const b = await devVerify(
      `Bearer ${await mintToken({ role: 'burger', gemeente: '0363', zaak: 'zaak-abc' })}`,
    );
    expect(b?.role).toBe('burger');
    expect(b?.zaak).toBe('zaak-abc');
    const duo = await devVerify(`Bearer ${await mintToken({ role: 'duo' })}`);
    expect(duo?.gemeente).toBeNull();
  });

  it('answers null without an Authorization header', async () => {
    expect(await devVerify(undefined)).toBeNull();
  });

  it('refuses malformed headers, other schemes, bad signatures, expired tokens', async () => {
    const good = await mintToken({ role: 'analyst' });
    await expect(devVerify(`Basic ${good}`)).rejects.toMatchObject({ reason: 'malformed' });
    await expect(devVerify('Bearer not-a-jwt')).rejects.toMatchObject({ reason: 'malformed' });
    const [h, p] = good.split('.');
    await expect(devVerify(`Bearer ${h}.${p}.AAAA`)).rejects.toMatchObject({ reason: 'invalid' });
    const other = await mintToken({ role: 'analyst' }, { algorithm: 'HS256', secret: 'x'.repeat(40) });
    await expect(devVerify(`Bearer ${other}`)).rejects.toMatchObject({ reason: 'invalid' });
    const expired = await mintToken({ role: 'analyst', expiresIn: -120 });
    await expect(devVerify(`Bearer ${expired}`)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('a token accepted once is accepted again only while it is valid, and only as the same text', async () => {
    const verify = await createVerifier(DEV_AUTH);
    const token = await mintToken({
      role: 'klantmanager',
      gemeente: '0363',
      subject: 'emp-2',
      expiresIn: 60,
    });
    const first = await verify(`Bearer ${token}`);
    expect(await verify(`Bearer ${token}`)).toEqual(first);
    const [h, p, sig] = token.split('.') as [string, string, string];
    const tampered = `${h}.${p}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(`Bearer ${tampered}`)).rejects.toMatchObject({ reason: 'invalid' });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 60 s of validity and 30 s of clock tolerance: refused as expired after 90 s, like a fresh verification.
      vi.setSystemTime(Date.now() + 85_000);
      expect(await verify(`Bearer ${token}`)).toEqual(first);
      vi.setSystemTime(Date.now() + 7_000);
      await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ reason: 'expired' });
      await expect(createVerifier(DEV_AUTH).then((v) => v(`Bearer ${token}`))).rejects.toMatchObject({
        reason: 'expired',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses alg=none, another issuer or audience, and a token without exp', async () => {
    const none = new UnsecuredJWT({ role: 'duo' })
      .setSubject('x')
      .setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime('1h')
      .encode();
    await expect(devVerify(`Bearer ${none}x`)).rejects.toBeDefined();
    const key = new TextEncoder().encode(DEV_SECRET);
    const base = () => new SignJWT({ role: 'duo' }).setProtectedHeader({ alg: 'HS256' }).setSubject('s1');
    const wrongIss = await base()
      .setIssuer('evil')
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime('1h')
      .sign(key);
    await expect(devVerify(`Bearer ${wrongIss}`)).rejects.toMatchObject({ reason: 'invalid' });
    const wrongAud = await base()
      .setIssuer(DEFAULT_ISSUER)
      .setAudience('other')
      .setExpirationTime('1h')
      .sign(key);
    await expect(devVerify(`Bearer ${wrongAud}`)).rejects.toMatchObject({ reason: 'invalid' });
    const noExp = await base().setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).sign(key);
    await expect(devVerify(`Bearer ${noExp}`)).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('refuses claims the API cannot use: unknown role, staff without gemeente, burger without case, a BSN as subject', async () => {
    const key = new TextEncoder().encode(DEV_SECRET);
    const sign = (claims: Record<string, unknown>, sub = 'abc') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setExpirationTime('1h')
        .sign(key);
    for (const [claims, sub] of [
      [{ role: 'admin' }, 'abc'],
      [{ role: 'klantmanager' }, 'abc'],
      [{ role: 'privacy_officer' }, 'abc'],
      [{ role: 'klantmanager', gemeente: '363' }, 'abc'],
      [{ role: 'burger' }, 'abc'],
      [{ role: 'burger', zaak: 'z1' }, 'abc'],
      [{ role: 'duo' }, '999990019'],
    ] as const) {
      await expect(devVerify(`Bearer ${await sign(claims, sub)}`)).rejects.toMatchObject({
        reason: 'claims',
      });
    }
    await expect(mintToken({ role: 'klantmanager' })).rejects.toThrow();
    await expect(mintToken({ role: 'duo', subject: '999990019' })).rejects.toThrow();
  });

  it('verifies EdDSA and ES256 tokens with a public key, and pins the algorithm', async () => {
    for (const [alg, type] of [
      ['EdDSA', 'ed25519'],
      ['ES256', 'ec'],
    ] as const) {
      const { publicKey, privateKey } = pemPair(type);
      const verify = await createVerifier({ algorithm: alg, publicKey });
      const t = await mintToken({ role: 'duo' }, { algorithm: alg, privateKey });
      expect((await verify(`Bearer ${t}`))?.role).toBe('duo');
      // An HS256 token (e.g. signed with the public key as secret) is refused: the algorithm is pinned.
      const hs = await mintToken({ role: 'duo' }, { algorithm: 'HS256', secret: publicKey });
      await expect(verify(`Bearer ${hs}`)).rejects.toMatchObject({ reason: 'invalid' });
    }
  });

  describe('configuration', () => {
    const env = process.env.NODE_ENV;
    afterEach(() => {
      process.env.NODE_ENV = env;
    });
    it('refuses the development secret in production and short secrets anywhere', async () => {
      process.env.NODE_ENV = 'production';
      await expect(createVerifier(DEV_AUTH)).rejects.toThrow(/development secret/);
      process.env.NODE_ENV = env;
      await expect(createVerifier({ algorithm: 'HS256', secret: 'short' })).rejects.toThrow(/32 bytes/);
    });
  });
});
