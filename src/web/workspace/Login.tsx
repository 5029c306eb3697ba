/**
 * Staff login. With the gemeente's IdP configured (GET /v1/aanmelden): OpenID Connect authorization code with
 * PKCE (oidc-login.ts); the IdP sends the browser back here with the code. Locally, only when the server runs
 * with the explicit development flag: a development login that asks the server for a short-lived token for a role
 * and gemeente (POST /v1/dev/token). Anywhere: paste a token issued by the gemeente's identity service (or
 * `inburgering token`). Every path ends at GET /v1/ik: the role and gemeente are what the server maps from the
 * token's claims by its configuration, not a claim the browser reads.
 */
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary, RadioGroup, TextField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { useTranslation } from '../i18n/react.tsx';
import { navigate } from '../router.ts';
import { ApiError, api } from './api.ts';
import type { OidcLoginConfig, PendingLogin } from './oidc-login.ts';
import { expiryOf, homeFor, type Identity, signInAs } from './session.ts';

interface LoginSettings {
  readonly oidc: { issuer: string; clientId: string; scope: string; resource?: string } | null;
  readonly development: boolean;
}

const PENDING = 'inburgering.oidc.pending';

function oidcConfig(o: NonNullable<LoginSettings['oidc']>): OidcLoginConfig {
  const issuer = new URL(o.issuer);
  return {
    issuer: o.issuer,
    clientId: o.clientId,
    // The IdP sends the browser back to this page (register it at the IdP as redirect URI).
    redirectUri: `${window.location.origin}/medewerker`,
    scope: o.scope,
    ...(o.resource ? { resource: o.resource } : {}),
    // Plain http only for an IdP on this machine (development and tests).
    allowHttp: issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname),
  };
}

/** Asks the server who the token makes the caller; null when it maps to no staff role (a refused login). */
async function identify(token: string): Promise<Identity | null> {
  try {
    return await api<Identity>('/v1/ik', { token });
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
    throw e;
  }
}

export const STAFF_ROLES = ['klantmanager', 'privacy_officer'] as const;

export function Login(props: { readonly expired?: boolean }) {
  const { t } = useTranslation('ws');
  useDocumentTitle(t('login.title'));
  const [role, setRole] = useState<string>('klantmanager');
  const [gemeente, setGemeente] = useState('0363');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [devUnavailable, setDevUnavailable] = useState(false);
  const [settings, setSettings] = useState<LoginSettings | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fail = (list: { field: string; message: string }[]) => {
    setErrors(list);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const finish = async (token: string, field: string): Promise<void> => {
    const who = await identify(token);
    if (!who) return fail([{ field, message: t('login.refused') }]);
    const s = signInAs(token, who);
    if (!s) return fail([{ field, message: t('login.tokenInvalid') }]);
    navigate(homeFor(s));
  };

  useEffect(() => {
    let live = true;
    api<LoginSettings>('/v1/aanmelden')
      .then((x) => live && setSettings(x))
      .catch(() => live && setSettings({ oidc: null, development: false }));
    return () => {
      live = false;
    };
  }, []);

  // Back from the IdP: ?code=...&state=... (or ?error=... when it refused).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the settings are known
  useEffect(() => {
    const o = settings?.oidc;
    const q = new URLSearchParams(window.location.search);
    if (!o || !q.has('state') || !(q.has('code') || q.has('error'))) return;
    const callback = new URL(window.location.href);
    window.history.replaceState(window.history.state, '', '/medewerker');
    const raw = window.sessionStorage.getItem(PENDING);
    window.sessionStorage.removeItem(PENDING);
    if (q.has('error') || !raw) {
      fail([{ field: 'login-oidc', message: t('login.refused') }]);
      return;
    }
    setBusy(true);
    import('./oidc-login.ts')
      .then(({ finishLogin }) => finishLogin(oidcConfig(o), callback, JSON.parse(raw) as PendingLogin))
      .then((r) => finish(r.accessToken, 'login-oidc'))
      .catch(() => fail([{ field: 'login-oidc', message: t('login.refused') }]))
      .finally(() => setBusy(false));
  }, [settings]);

  const oidcLogin = async (e: FormEvent) => {
    e.preventDefault();
    const o = settings?.oidc;
    if (!o) return;
    setBusy(true);
    try {
      const { beginLogin } = await import('./oidc-login.ts');
      const { url, pending } = await beginLogin(oidcConfig(o));
      window.sessionStorage.setItem(PENDING, JSON.stringify(pending));
      window.location.assign(url.href);
    } catch {
      setBusy(false);
      fail([{ field: 'login-oidc', message: t('login.idpUnavailable') }]);
    }
  };

  const devLogin = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}$/.test(gemeente))
      return fail([{ field: 'login-gemeente', message: t('login.errorGemeente') }]);
    setBusy(true);
    try {
      const r = await api<{ token: string }>('/v1/dev/token', { body: { role, gemeente } });
      await finish(r.token, 'login-gemeente');
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 405)) {
        setDevUnavailable(true);
        fail([{ field: 'login-token', message: t('login.devUnavailable') }]);
      } else {
        fail([
          {
            field: 'login-gemeente',
            message: err instanceof ApiError ? t('login.tokenInvalid') : String(err),
          },
        ]);
      }
    } finally {
      setBusy(false);
    }
  };

  const tokenLogin = async (e: FormEvent) => {
    e.preventDefault();
    const exp = expiryOf(token);
    if (exp === null || exp * 1000 <= Date.now())
      return fail([{ field: 'login-token', message: t('login.tokenInvalid') }]);
    try {
      await finish(token.trim(), 'login-token');
    } catch {
      fail([{ field: 'login-token', message: t('login.tokenInvalid') }]);
    }
  };

  const fieldError = (f: string) => errors.find((e) => e.field === f)?.message ?? null;

  return (
    <div className="app-login">
      <PageHeading>{t('login.title')}</PageHeading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {props.expired && <Paragraph className="app-notice">{t('login.expired')}</Paragraph>}
      <ErrorSummary title={t('login.errorTitle')} errors={errors} summaryRef={summaryRef} />

      {settings?.oidc && (
        <section aria-labelledby="oidc-login-title" className="app-panel">
          <Heading2 id="oidc-login-title">{t('login.oidcTitle')}</Heading2>
          <Paragraph>{t('login.oidcIntro')}</Paragraph>
          <form noValidate onSubmit={oidcLogin} className="app-form" id="login-oidc">
            <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
              {t('login.oidcSubmit')}
            </Button>
          </form>
        </section>
      )}

      {settings?.development === true && !devUnavailable && (
        <section aria-labelledby="dev-login-title" className="app-panel">
          <Heading2 id="dev-login-title">{t('login.devTitle')}</Heading2>
          <Paragraph>{t('login.devIntro')}</Paragraph>
          <form noValidate onSubmit={devLogin} className="app-form">
            <RadioGroup
              id="login-role"
              label={t('login.role')}
              value={role}
              onChange={setRole}
              options={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
            <TextField
              id="login-gemeente"
              label={t('login.gemeente')}
              hint={t('login.gemeenteHint')}
              value={gemeente}
              onChange={setGemeente}
              inputMode="numeric"
              autoComplete="off"
              error={fieldError('login-gemeente')}
              required
            />
            <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
              {t('login.submit')}
            </Button>
          </form>
        </section>
      )}

      <section aria-labelledby="token-login-title" className="app-panel">
        <Heading2 id="token-login-title">{t('login.tokenTitle')}</Heading2>
        <Paragraph>{t('login.tokenIntro')}</Paragraph>
        <form noValidate onSubmit={tokenLogin} className="app-form">
          <TextField
            id="login-token"
            label={t('login.token')}
            value={token}
            onChange={setToken}
            multiline
            autoComplete="off"
            error={fieldError('login-token')}
            required
          />
          <Button
            appearance={
              settings?.oidc || (settings?.development && !devUnavailable)
                ? 'secondary-action-button'
                : 'primary-action-button'
            }
            type="submit"
          >
            {t('login.tokenSubmit')}
          </Button>
        </form>
      </section>
    </div>
  );
}
