import { lazy, type ComponentType } from 'react';
import type { FeatureMessages } from './i18n/feature-messages';
import { loadFeatureMessages } from './i18n/translate';

/**
 * A page as a chunk of its own that renders only once the text of the features it shows has loaded
 * too (both are fetched at the same time). The list names every feature whose keys the page's code
 * uses, its own and those of the labels it borrows; i18n/page-messages.test.ts checks it.
 */
export function lazyPage<Props extends object>(
  features: readonly FeatureMessages[],
  load: () => Promise<ComponentType<Props>>,
) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadFeatureMessages(features)]);
    return { default: page };
  });
}
