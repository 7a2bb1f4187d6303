import {
  daysBetween,
  findIndustry,
  todayInChina,
  type EnterpriseScale,
  type QualificationLevel,
  type QualificationStatus,
} from '@gaoxin/domain';
import type { MessageKey } from '../../app/i18n/translate';

/** Message keys of the values the API sends as codes. */
export const scaleKeys: Record<EnterpriseScale, MessageKey> = {
  large: 'enterpriseScale.large',
  medium: 'enterpriseScale.medium',
  small: 'enterpriseScale.small',
  micro: 'enterpriseScale.micro',
};

export const levelKeys: Record<QualificationLevel, MessageKey> = {
  national: 'qualificationLevel.national',
  provincial: 'qualificationLevel.provincial',
  municipal: 'qualificationLevel.municipal',
};

export const statusKeys: Record<QualificationStatus, MessageKey> = {
  valid: 'qualificationStatus.valid',
  expiring: 'qualificationStatus.expiring',
  expired: 'qualificationStatus.expired',
};

export const statusColors: Record<QualificationStatus, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
};

/** Short tag texts of the built-in qualification types (高企, 科小 …); zone types use their own name. */
export const qualificationShortKeys: Record<string, MessageKey> = {
  hnte: 'qualificationShort.hnte',
  techSme: 'qualificationShort.techSme',
  innovativeSme: 'qualificationShort.innovativeSme',
  specialized: 'qualificationShort.specialized',
  littleGiant: 'qualificationShort.littleGiant',
  listed: 'qualificationShort.listed',
  gazelle: 'qualificationShort.gazelle',
  unicorn: 'qualificationShort.unicorn',
};

/** A 万元 decimal string without trailing zeros ("150.0000" → "150"), never through a float. */
export function formatAmount(value: string | null): string | undefined {
  if (!value) return undefined;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** "C 制造业 · 39 计算机、通信和其他电子设备制造业" for a stored industry code. */
export function describeIndustry(code: string | null): string | undefined {
  if (!code) return undefined;
  const industry = findIndustry(code);
  if (!industry) return code;
  const small = industry.code.length > 2 ? `（${industry.code}）` : '';
  return `${industry.sectionCode} ${industry.sectionName} · ${industry.divisionCode} ${industry.divisionName}${small}`;
}

/** Whole days from today (China) to an expiry date; negative once expired. */
export function daysUntil(expiresOn: string): number {
  return daysBetween(todayInChina(), expiresOn);
}
