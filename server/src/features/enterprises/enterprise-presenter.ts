import {
  builtinQualificationTypes,
  findIndustry,
  maskMobile,
  qualificationStatus,
  type Contact,
  type EnterpriseScale,
  type EnterpriseSummary,
  type Qualification,
  type QualificationLevel,
} from '@gaoxin/domain';
import type { enterpriseContacts, enterpriseQualifications } from '../../db/schema/index.js';
import type { EnterpriseListRow } from './enterprises.repository.js';

export function presentSummary(row: EnterpriseListRow): EnterpriseSummary {
  const { enterprise } = row;
  return {
    id: enterprise.id,
    name: enterprise.name,
    shortName: enterprise.shortName,
    creditCode: enterprise.creditCode,
    park: enterprise.parkId ? { id: enterprise.parkId, name: row.parkName ?? '' } : null,
    industryCode: enterprise.industryCode,
    industryName: enterprise.industryCode
      ? (findIndustry(enterprise.industryCode)?.divisionName ?? null)
      : null,
    scale: (enterprise.scale as EnterpriseScale | null) ?? null,
    isAboveScale: enterprise.isAboveScale,
    isKey: enterprise.isKey,
    liaison: enterprise.liaisonUserId ? { id: enterprise.liaisonUserId, name: row.liaisonName ?? '' } : null,
    qualificationTypes: row.qualificationTypes,
    establishedOn: enterprise.establishedOn,
    isDemo: enterprise.isDemo,
  };
}

/** Names of qualification types: built-in ones plus a zone's own. */
export function qualificationTypeNames(zoneTypes: { code: string; name: string }[]): Map<string, string> {
  return new Map([...builtinQualificationTypes, ...zoneTypes].map((type) => [type.code, type.name]));
}

export function presentQualification(
  row: typeof enterpriseQualifications.$inferSelect,
  names: Map<string, string>,
  today: string,
): Qualification {
  return {
    id: row.id,
    type: row.type,
    typeName: names.get(row.type) ?? row.type,
    level: row.level as QualificationLevel,
    certificateNumber: row.certificateNumber,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    status: qualificationStatus(row.expiresOn, today),
  };
}

export function presentContact(row: typeof enterpriseContacts.$inferSelect, revealed = false): Contact {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    mobile: revealed ? row.mobile : maskMobile(row.mobile),
  };
}
