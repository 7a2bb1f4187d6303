/**
 * The Chinese text of each feature, as a chunk of its own: the first page load carries only the
 * shell's text (zh.ts), and a page's route loads the dictionaries it uses before the page renders
 * (app/lazy-page.ts). English is one chunk for everything (en.ts), so only Chinese is listed here.
 */
export const featureMessageLoaders = {
  enterprises: () => import('./enterprise-messages.zh').then((m) => m.enterpriseRegisterZh),
  users: () => import('../../features/users/messages.zh').then((m) => m.usersZh),
  zoneSettings: () => import('../../features/zone-settings/messages.zh').then((m) => m.zoneSettingsZh),
  audit: () => import('../../features/audit/messages.zh').then((m) => m.auditZh),
  economy: () => import('../../features/indicators/messages.zh').then((m) => m.economyZh),
  appeals: () => import('../../features/appeals/messages.zh').then((m) => m.appealsZh),
  investment: () => import('../../features/investment/messages.zh').then((m) => m.investmentZh),
  home: () => import('../../features/home/messages.zh').then((m) => m.homeZh),
};

/** A feature whose text loads with its pages. */
export type FeatureMessages = keyof typeof featureMessageLoaders;

/** The keys of every feature dictionary (types only: nothing here is loaded by naming a key). */
export type FeatureMessageKey = {
  [F in FeatureMessages]: keyof Awaited<ReturnType<(typeof featureMessageLoaders)[F]>>;
}[FeatureMessages];
