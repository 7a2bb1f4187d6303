import { prerender } from 'react-dom/static';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { I18nProvider, useI18n } from './i18n/i18n';
import { lazyPage } from './lazy-page';

/** A page of the audit feature: it shows a column name of the feature, a key of a lazily loaded dictionary. */
function AuditTitle() {
  const { t } = useI18n();
  return <h1>{t('audit.actor')}</h1>;
}

async function html(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(<I18nProvider>{node}</I18nProvider>);
  return new Response(prelude).text();
}

describe('a lazy page and its feature’s text', () => {
  // Order matters: the first test runs before anything has loaded the audit dictionary.
  test('a page whose route does not load its feature’s text fails instead of showing keys', () => {
    expect(() => renderToString(<I18nProvider>{<AuditTitle />}</I18nProvider>)).toThrow(
      /"audit\.actor" is not loaded/,
    );
    const forgotten = lazyPage([], () => Promise.resolve(AuditTitle));
    return expect(html(<Forgotten page={forgotten} />)).rejects.toThrow(/"audit\.actor" is not loaded/);
  });

  test('renders in Chinese once its route has loaded the dictionary with the page', async () => {
    const AuditPage = lazyPage(['audit'], () => Promise.resolve(AuditTitle));
    expect(await html(<AuditPage />)).toContain('<h1>操作人</h1>');
  });
});

function Forgotten({ page: Page }: { page: React.ComponentType }) {
  return <Page />;
}
