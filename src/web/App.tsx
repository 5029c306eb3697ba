/**
 * The application shell: skip link, header with the site name, main navigation and language menu, the page, and
 * the footer. It keeps `<html lang dir>` in step with the language (RTL for Arabic) and routes between the citizen
 * checker and the staff workspace. The workspace speaks Dutch and English only.
 */
import {
  Button,
  Link,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { loadChecker, loadedChecker } from './checker/load.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { PageHeading, useDocumentTitle } from './components/page.tsx';
import { Home } from './Home.tsx';
import {
  dirOf,
  isLang,
  LANG_NAMES,
  LANGS,
  type Lang,
  preferredLang,
  WORKSPACE_LANGS,
} from './i18n/languages.ts';
import { loadTexts, readyTexts, type WebTexts } from './i18n/load.ts';
import { TextsProvider, useTranslation } from './i18n/react.tsx';
import { match, navigate, onLinkClick, setQueryParam, useLocation } from './router.ts';
import { homeFor, type Session, signOut, useSession } from './workspace/session.ts';

// The checker (with the law engine) loads on demand, so the start page shows before it has arrived; the start page
// asks for it as soon as it is shown.
const Checker = lazy(() => loadChecker().then((m) => ({ default: m.Checker })));
// The staff workspace loads on demand: the citizen checker's pages do not carry it.
// Its pages explain in Dutch and English: both explanation catalogs load with the page's code.
const staff = <T,>(page: Promise<T>): Promise<T> =>
  Promise.all([
    page,
    import('./i18n/explain-load.ts').then((m) =>
      Promise.all([m.explainCatalog('nl'), m.explainCatalog('en')]),
    ),
  ]).then(([m]) => m);
const AccessLog = lazy(() => import('./workspace/AccessLog.tsx').then((m) => ({ default: m.AccessLog })));
const CasePage = lazy(() => staff(import('./workspace/CasePage.tsx')).then((m) => ({ default: m.CasePage })));
const Caseload = lazy(() => staff(import('./workspace/Caseload.tsx')).then((m) => ({ default: m.Caseload })));
const Differences = lazy(() =>
  staff(import('./workspace/Differences.tsx')).then((m) => ({ default: m.Differences })),
);
const Login = lazy(() => import('./workspace/Login.tsx').then((m) => ({ default: m.Login })));

const MACHINE_TRANSLATED: ReadonlySet<Lang> = new Set(['ar', 'ti', 'tr', 'uk']);

function useLang(): { lang: Lang; workspace: boolean } {
  const { path, query } = useLocation();
  const workspace = path.startsWith('/medewerker');
  const asked = query.get('lang');
  let lang: Lang = isLang(asked) ? asked : preferredLang(navigator.languages ?? [navigator.language]);
  if (workspace && !WORKSPACE_LANGS.includes(lang)) lang = 'nl';
  return { lang, workspace };
}

export function App() {
  const { lang, workspace } = useLang();
  // The language's texts arrive on demand; until then the page keeps the language it had (or shows nothing).
  const [texts, setTexts] = useState<WebTexts | undefined>(() => readyTexts(lang, workspace));
  useEffect(() => {
    let live = true;
    void loadTexts(lang, workspace).then((x) => {
      if (live) setTexts(x);
    });
    return () => {
      live = false;
    };
  }, [lang, workspace]);
  useEffect(() => {
    if (texts?.lang !== lang) return;
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang, texts]);
  if (!texts) return null;
  // The language whose texts are here (the asked one once they have arrived).
  return (
    <TextsProvider texts={texts}>
      <Shell lang={texts.lang} workspace={workspace} />
    </TextsProvider>
  );
}

/** An in-app link that keeps the chosen language. */
export function AppLink(props: {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly current?: boolean;
}) {
  const { query } = useLocation();
  const lang = query.get('lang');
  const href = lang ? `${props.to}${props.to.includes('?') ? '&' : '?'}lang=${lang}` : props.to;
  return (
    <Link
      href={href}
      className={props.className}
      aria-current={props.current ? 'page' : undefined}
      onClick={(e) => onLinkClick(e, href)}
    >
      {props.children}
    </Link>
  );
}

function LanguageMenu(props: { readonly lang: Lang; readonly workspace: boolean }) {
  const { t } = useTranslation('ui');
  const langs = props.workspace ? WORKSPACE_LANGS : LANGS;
  return (
    <nav aria-label={t('app.langLabel')} className="app-lang-menu">
      <ul className="app-lang-menu__list">
        {langs.map((l) => (
          <li key={l}>
            <a
              className="utrecht-link app-lang-menu__link"
              href={`?lang=${l}`}
              lang={l}
              hrefLang={l}
              aria-current={l === props.lang ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                setQueryParam('lang', l);
              }}
            >
              {LANG_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Shell(props: { readonly lang: Lang; readonly workspace: boolean }) {
  const { t } = useTranslation('ui');
  const ws = useTranslation('ws').t;
  const { path } = useLocation();
  const session = useSession();
  const staff = props.workspace && session !== null;

  return (
    <Page className="app-page">
      <SkipLink href="#main" className="utrecht-skip-link--visible-on-focus">
        {t('app.skipLink')}
      </SkipLink>
      <header className="app-header">
        <PageHeader>
          <div className="utrecht-page-header__content">
            <div className="app-header__bar">
              <div className="app-brand">
                <AppLink to="/" className="app-brand__link">
                  <span className="app-brand__mark" aria-hidden="true" />
                  <span className="app-brand__name">{t('app.name')}</span>
                </AppLink>
                <span className="app-brand__tagline">{t('app.tagline')}</span>
              </div>
              <LanguageMenu lang={props.lang} workspace={props.workspace} />
            </div>
            <nav aria-label={t('app.navLabel')} className="app-nav">
              <ul className="app-nav__list">
                <li>
                  <AppLink to="/check" current={path === '/check'}>
                    {t('app.navChecker')}
                  </AppLink>
                </li>
                {!staff && (
                  <li>
                    <AppLink to="/medewerker" current={path === '/medewerker'}>
                      {t('app.navWorkspace')}
                    </AppLink>
                  </li>
                )}
                {staff && session.role === 'klantmanager' && (
                  <li>
                    <AppLink to="/medewerker/werkvoorraad" current={path === '/medewerker/werkvoorraad'}>
                      {ws('nav.caseload')}
                    </AppLink>
                  </li>
                )}
                {staff && session.role === 'klantmanager' && (
                  <li>
                    <AppLink to="/medewerker/verschillen" current={path === '/medewerker/verschillen'}>
                      {ws('nav.differences')}
                    </AppLink>
                  </li>
                )}
                {staff && session.role === 'privacy_officer' && (
                  <li>
                    <AppLink to="/medewerker/toegangslog" current={path === '/medewerker/toegangslog'}>
                      {ws('nav.accessLog')}
                    </AppLink>
                  </li>
                )}
              </ul>
              {staff && (
                <div className="app-nav__session">
                  <span data-testid="signed-in-as">
                    {ws('nav.signedInAs', {
                      role: ws(`role.${session.role}`),
                      gemeente: session.gemeente ?? '—',
                    })}
                  </span>
                  <Button
                    appearance="subtle-button"
                    type="button"
                    onClick={() => {
                      signOut();
                      navigate('/medewerker');
                    }}
                  >
                    {ws('nav.logout')}
                  </Button>
                </div>
              )}
            </nav>
          </div>
        </PageHeader>
      </header>
      {MACHINE_TRANSLATED.has(props.lang) && t('app.machineTranslation') && (
        <div className="app-mt-notice" data-testid="machine-translation">
          <Paragraph small>{t('app.machineTranslation')}</Paragraph>
        </div>
      )}
      <main id="main" tabIndex={-1} className="app-main">
        <PageContent>
          <Suspense fallback={<Paragraph role="status">{t('app.loading')}</Paragraph>}>
            <ErrorBoundary key={path}>
              <Routes lang={props.lang} session={session} />
            </ErrorBoundary>
          </Suspense>
        </PageContent>
      </main>
      <footer className="app-footer">
        <PageFooter>
          <div className="utrecht-page-footer__content">
            {props.workspace ? (
              <Paragraph>{ws('nav.footer')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('app.footerDisclaimer')}</Paragraph>
                <Paragraph>{t('app.footerPrivacy')}</Paragraph>
              </>
            )}
            <Paragraph small>{t('app.footerSource')}</Paragraph>
          </div>
        </PageFooter>
      </footer>
    </Page>
  );
}

function Routes(props: { readonly lang: Lang; readonly session: Session | null }) {
  const { path } = useLocation();
  const s = props.session;
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;

  if (p === '/') return <Home />;
  if (p === '/check') {
    const Loaded = loadedChecker()?.Checker;
    return Loaded ? <Loaded lang={props.lang} /> : <Checker lang={props.lang} />;
  }
  if (p === '/medewerker') {
    if (s) return <Redirect to={homeFor(s)} />;
    return <Login />;
  }
  if (p.startsWith('/medewerker/')) {
    if (!s) return <Login expired />;
    if (p === '/medewerker/werkvoorraad' && s.role === 'klantmanager')
      return <Caseload session={s} lang={props.lang} />;
    if (p === '/medewerker/toegangslog' && s.role === 'privacy_officer')
      return <AccessLog session={s} lang={props.lang} />;
    if (p === '/medewerker/verschillen' && s.role === 'klantmanager')
      return <Differences session={s} lang={props.lang} />;
    const m = match('/medewerker/zaken/:id', p);
    if (m?.id && s.role === 'klantmanager') {
      if (!CASE_ID.test(m.id)) return <NotFound />;
      return <CasePage key={m.id} id={m.id} session={s} lang={props.lang} />;
    }
    // A page that exists, but not for this role: say so, instead of "this page does not exist".
    if (
      m?.id ||
      p === '/medewerker/werkvoorraad' ||
      p === '/medewerker/toegangslog' ||
      p === '/medewerker/verschillen'
    )
      return <NoAccess />;
  }
  return <NotFound />;
}

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function NoAccess() {
  const { t } = useTranslation('ui');
  useDocumentTitle(t('app.noAccessTitle'));
  return (
    <div data-testid="no-access">
      <PageHeading>{t('app.noAccessTitle')}</PageHeading>
      <Paragraph>{t('app.noAccessText')}</Paragraph>
      <Paragraph>
        <AppLink to="/medewerker">{t('app.noAccessHome')}</AppLink>
      </Paragraph>
    </div>
  );
}

function Redirect(props: { readonly to: string }) {
  const { query } = useLocation();
  useEffect(() => {
    const lang = query.get('lang');
    navigate(lang ? `${props.to}?lang=${lang}` : props.to, { replace: true });
  }, [props.to, query]);
  return null;
}

function NotFound() {
  const { t } = useTranslation('ui');
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <>
      <PageHeading>{t('app.notFoundTitle')}</PageHeading>
      <Paragraph>{t('app.notFoundText')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('app.home')}</AppLink>
      </Paragraph>
    </>
  );
}
