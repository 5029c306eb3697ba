/**
 * Staff login. Locally: a development login that asks the server for a short-lived token for a role and gemeente
 * (POST /v1/dev/token, which the server offers only with the development secret). Anywhere: paste a token issued
 * by the gemeente's identity service (or `inburgering token`).
 */
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, RadioGroup, TextField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import { navigate } from '../router.ts';
import { ApiError, api } from './api.ts';
import { homeFor, signIn } from './session.ts';

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
  const summaryRef = useRef<HTMLDivElement>(null);

  const fail = (list: { field: string; message: string }[]) => {
    setErrors(list);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const devLogin = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}$/.test(gemeente))
      return fail([{ field: 'login-gemeente', message: t('login.errorGemeente') }]);
    setBusy(true);
    try {
      const r = await api<{ token: string }>('/v1/dev/token', { body: { role, gemeente } });
      const s = signIn(r.token);
      if (!s) return fail([{ field: 'login-gemeente', message: t('login.tokenInvalid') }]);
      navigate(homeFor(s));
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

  const tokenLogin = (e: FormEvent) => {
    e.preventDefault();
    const s = signIn(token);
    if (!s) return fail([{ field: 'login-token', message: t('login.tokenInvalid') }]);
    navigate(homeFor(s));
  };

  const fieldError = (f: string) => errors.find((e) => e.field === f)?.message ?? null;

  return (
    <div className="app-login">
      <PageHeading>{t('login.title')}</PageHeading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {props.expired && <Paragraph className="app-notice">{t('login.expired')}</Paragraph>}
      <ErrorSummary title={t('login.errorTitle')} errors={errors} summaryRef={summaryRef} />

      {!devUnavailable && (
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
            appearance={devUnavailable ? 'primary-action-button' : 'secondary-action-button'}
            type="submit"
          >
            {t('login.tokenSubmit')}
          </Button>
        </form>
      </section>
    </div>
  );
}
