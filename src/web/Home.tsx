/** The start page of the citizen checker: what it does, how, and a start button. */
import {
  ButtonLink,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { loadChecker } from './checker/load.ts';
import { PageHeading, useDocumentTitle } from './components/page.tsx';
import { useTranslation } from './i18n/react.tsx';
import { onLinkClick, useLocation } from './router.ts';

export function Home() {
  const { t } = useTranslation('ui');
  const { query } = useLocation();
  useDocumentTitle(t('home.title'));
  // Fetch the checker while the reader reads this page, so "start" answers at once.
  useEffect(() => {
    void loadChecker();
  }, []);
  const lang = query.get('lang');
  const href = lang ? `/check?lang=${lang}` : '/check';
  return (
    <div className="app-home">
      <PageHeading>{t('home.title')}</PageHeading>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <Heading2>{t('home.howTitle')}</Heading2>
      <OrderedList>
        <OrderedListItem>{t('home.how1')}</OrderedListItem>
        <OrderedListItem>{t('home.how2')}</OrderedListItem>
        <OrderedListItem>{t('home.how3')}</OrderedListItem>
      </OrderedList>
      <p className="app-start">
        <ButtonLink appearance="primary-action-button" href={href} onClick={(e) => onLinkClick(e, href)}>
          {t('home.start')}
        </ButtonLink>
      </p>
    </div>
  );
}
