/**
 * The access log of a case for the gemeente's privacy officer (Logboek Dataverwerkingen): who processed it, in
 * which role, for which purpose, when and with what outcome. The case is chosen by its id (as in a request for
 * access under AVG art. 15); the id is kept in the URL so the view can be linked.
 */
import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorSummary, TextField } from '../components/fields.tsx';
import { PageHeading, useDocumentTitle } from '../components/page.tsx';
import type { Lang } from '../i18n/languages.ts';
import { useTranslation } from '../i18n/react.tsx';
import { navigate, useLocation } from '../router.ts';
import { ApiError, api } from './api.ts';
import type { Session } from './session.ts';

interface Entry {
  readonly traceId: string;
  readonly spanId: string;
  readonly name: string;
  readonly startTime: string;
  readonly statusCode: 'STATUS_CODE_UNKNOWN' | 'STATUS_CODE_OK' | 'STATUS_CODE_ERROR';
  readonly errorCode: string | null;
  readonly processingActivityId: string;
  readonly actorId: string;
  readonly actorRole: string;
  readonly recordCount: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The kinds of processing the store logs, in plain words (`case.command.AdoptPip` is a command on the case). */
const ACTION_KINDS = [
  'case.append',
  'case.find_by_bsn',
  'case.import',
  'case.open',
  'case.read',
  'case.reveal_bsn',
  'case.status',
  'caseload.list',
  'deadline.scan',
] as const;

/**
 * The processing activities of this system by their register URI (src/store PURPOSES and src/api API_PURPOSES,
 * which the web layer may not import), keyed in the catalog; a gemeente's own register URI is shown as it is.
 */
const ACTIVITY = 'urn:nl:inburgering:verwerkingsactiviteit:';
const PURPOSE_KEYS: Readonly<Record<string, string>> = {
  [`${ACTIVITY}regie-wi2021`]: 'regie',
  [`${ACTIVITY}handhaving-wi2021`]: 'handhaving',
  [`${ACTIVITY}termijnbewaking`]: 'termijnbewaking',
  [`${ACTIVITY}herberekening-status`]: 'herberekening',
  [`${ACTIVITY}demo-synthetische-gegevens`]: 'demo',
  [`${ACTIVITY}inzage-betrokkene`]: 'inzage',
  [`${ACTIVITY}toezicht-verwerkingen`]: 'toezicht',
};

export function AccessLog(props: { readonly session: Session; readonly lang: Lang }) {
  const { t } = useTranslation('ws');
  const plainAction = (name: string): string => {
    if (name.startsWith('case.command.')) {
      const command = name.slice('case.command.'.length);
      return t('accessLog.kind.command', {
        command: t(`accessLog.command.${command}`, { defaultValue: command }),
      });
    }
    return (ACTION_KINDS as readonly string[]).includes(name)
      ? t(`accessLog.kind.${name.replace('.', '_')}`)
      : name;
  };
  useDocumentTitle(t('accessLog.title'));
  const { query, path } = useLocation();
  const zaak = query.get('zaak') ?? '';
  const [draft, setDraft] = useState(zaak);
  const [entries, setEntries] = useState<readonly Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);

  useEffect(() => {
    if (!zaak) return;
    const ctrl = new AbortController();
    setEntries(null);
    setError(null);
    api<{ entries: Entry[] }>(`/v1/zaken/${encodeURIComponent(zaak)}/toegangslog?limit=200`, {
      token: props.session.token,
      lang: props.lang,
      signal: ctrl.signal,
    })
      .then((r) => setEntries(r.entries))
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(
          e instanceof ApiError && (e.status === 404 || e.status === 400)
            ? t('accessLog.notFound')
            : t('case.loadError', { status: e instanceof ApiError ? e.status : '—' }),
        );
      });
    return () => ctrl.abort();
  }, [zaak, props.session.token, props.lang, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = draft.trim();
    if (!UUID.test(id)) {
      setInputError(t('accessLog.errorId'));
      return;
    }
    setInputError(null);
    const q = new URLSearchParams(query);
    q.set('zaak', id.toLowerCase());
    navigate(`${path}?${q.toString()}`, { replace: true });
  };

  const purpose = (uri: string) => {
    const key = PURPOSE_KEYS[uri];
    if (key === undefined) return <code className="app-citation">{uri}</code>;
    return (
      <>
        {t(`accessLog.purpose.${key}`)}
        <details className="app-code">
          <summary>{t('accessLog.code')}</summary>
          <code className="app-citation">{uri}</code>
        </details>
      </>
    );
  };
  const time = (iso: string) =>
    new Intl.DateTimeFormat(props.lang === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(iso));

  return (
    <div className="app-access-log">
      <PageHeading>{t('accessLog.title')}</PageHeading>
      <Paragraph>{t('accessLog.intro')}</Paragraph>
      <ErrorSummary
        title={t('login.errorTitle')}
        errors={inputError ? [{ field: 'access-case-id', message: inputError }] : []}
      />
      <form noValidate onSubmit={submit} className="app-form app-inline-form">
        <TextField
          id="access-case-id"
          label={t('accessLog.caseId')}
          hint={t('accessLog.caseIdHint')}
          value={draft}
          onChange={setDraft}
          autoComplete="off"
          error={inputError}
          required
        />
        <Button appearance="primary-action-button" type="submit">
          {t('accessLog.lookup')}
        </Button>
      </form>
      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{error}</Paragraph>
        </div>
      )}
      {zaak && !entries && !error && <Paragraph role="status">{t('ui:app.loading')}</Paragraph>}
      {entries && entries.length === 0 && <Paragraph>{t('accessLog.none')}</Paragraph>}
      {entries && entries.length > 0 && (
        <DataTable
          testId="access-log"
          caption={t('accessLog.caption', { id: zaak })}
          columns={[
            t('accessLog.colTime'),
            t('accessLog.colActor'),
            t('accessLog.colRole'),
            t('accessLog.colAction'),
            t('accessLog.colPurpose'),
            t('accessLog.colStatus'),
            t('accessLog.colRecords'),
          ]}
        >
          {entries.map((e) => (
            <TableRow key={e.spanId}>
              <TableCell className="app-nowrap">{time(e.startTime)}</TableCell>
              <TableCell>
                <code>{e.actorId}</code>
              </TableCell>
              <TableCell>{t(`role.${e.actorRole}`, { defaultValue: e.actorRole })}</TableCell>
              <TableCell>
                {plainAction(e.name)}
                <details className="app-code">
                  <summary>{t('accessLog.code')}</summary>
                  <code>{e.name}</code>
                </details>
              </TableCell>
              <TableCell>{purpose(e.processingActivityId)}</TableCell>
              <TableCell>
                {e.statusCode === 'STATUS_CODE_OK' && e.errorCode === null
                  ? t('accessLog.ok')
                  : t('accessLog.refused')}
                {e.errorCode && (
                  <details className="app-code">
                    <summary>{t('accessLog.code')}</summary>
                    <code>{e.errorCode}</code>
                  </details>
                )}
              </TableCell>
              <TableCell>{e.recordCount ?? t('accessLog.recordsNone')}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </div>
  );
}
