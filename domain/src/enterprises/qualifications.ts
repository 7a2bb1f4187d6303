import { daysBetween } from '../platform/dates.js';

/** Built-in qualification types; a zone may add its own. */
export const builtinQualificationTypes = [
  { code: 'hnte', name: '高新技术企业' },
  { code: 'techSme', name: '科技型中小企业' },
  { code: 'innovativeSme', name: '创新型中小企业' },
  { code: 'specialized', name: '专精特新中小企业' },
  { code: 'littleGiant', name: '专精特新"小巨人"企业' },
  { code: 'aboveScale', name: '规上企业' },
  { code: 'listed', name: '上市企业' },
  { code: 'gazelle', name: '瞪羚企业' },
  { code: 'unicorn', name: '独角兽企业' },
] as const;

export const qualificationLevels = ['national', 'provincial', 'municipal'] as const;
export type QualificationLevel = (typeof qualificationLevels)[number];
export const qualificationLevelLabels: Record<QualificationLevel, string> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
};

export type QualificationStatus = 'valid' | 'expiring' | 'expired';
export const qualificationStatusLabels: Record<QualificationStatus, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
};

/** Days before expiry at which a qualification counts as expiring (高企 renewals are prepared months ahead). */
export const expiringWithinDays = 90;

/**
 * The status of a qualification on a given day, never stored: expired after the expiry date,
 * expiring when it ends within 90 days (the expiry day itself still counts as valid time), else valid.
 * A qualification without an expiry date does not expire.
 */
export function qualificationStatus(expiresOn: string | null, today: string): QualificationStatus {
  if (!expiresOn) return 'valid';
  const remaining = daysBetween(today, expiresOn);
  if (remaining < 0) return 'expired';
  if (remaining <= expiringWithinDays) return 'expiring';
  return 'valid';
}
