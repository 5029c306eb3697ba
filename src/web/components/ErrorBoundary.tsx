/**
 * Catches a page that fails to render: says so in the reader's language instead of a blank page. The checker keeps
 * its answers in the address (fragment), so "try again" and a reload come back to the same answers.
 */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { PageHeading, useDocumentTitle } from './page.tsx';

interface Props {
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only in the reader's own console; nothing is sent anywhere.
    console.error('page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <Failed onRetry={() => this.setState({ failed: false })} />;
  }
}

function Failed(props: { readonly onRetry: () => void }) {
  const { t } = useTranslation('ui');
  useDocumentTitle(t('app.errorTitle'));
  return (
    <div data-testid="page-failed">
      <PageHeading>{t('app.errorTitle')}</PageHeading>
      <Alert type="error">
        <Paragraph>{t('app.errorText')}</Paragraph>
      </Alert>
      <Button appearance="primary-action-button" type="button" onClick={props.onRetry}>
        {t('app.errorRetry')}
      </Button>
    </div>
  );
}
