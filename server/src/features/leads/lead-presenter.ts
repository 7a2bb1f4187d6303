import {
  firstContactOverdue,
  maskMobile,
  type LeadDetail,
  type LeadSource,
  type LeadStatus,
  type LeadSummary,
} from '@gaoxin/domain';
import type { findFollowUps, LeadRow } from './leads.repository.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The first reporter of the company, as a later registrant sees it. */
export function presentHolder(row: LeadRow, readerId: string) {
  return {
    leadId: row.id,
    isMine: row.owner_id === readerId,
    ownerName: row.owner_name,
    departmentName: row.department_name,
    parkName: row.park_name,
    registeredAt: iso(row.registered_at),
  };
}

export function presentLead(row: LeadRow, now: Date, firstContactDays: number): LeadSummary {
  const open = row.status === 'lead' || row.status === 'negotiating';
  return {
    id: row.id,
    companyName: row.company_name,
    creditCode: row.credit_code,
    enterprise: ref(row.enterprise_id, row.enterprise_name),
    industryCode: row.industry_code,
    intendedInvestment: row.intended_investment,
    source: row.source as LeadSource,
    anchorEnterprise: ref(row.anchor_enterprise_id, row.anchor_name),
    owner: { id: row.owner_id, name: row.owner_name },
    department: ref(row.department_id, row.department_name),
    park: ref(row.park_id, row.park_name),
    status: row.status as LeadStatus,
    statusReason: row.status_reason,
    registeredAt: iso(row.registered_at),
    firstContactedAt: row.first_contacted_at ? iso(row.first_contacted_at) : null,
    firstContactOverdue:
      open &&
      firstContactOverdue(
        new Date(row.registered_at),
        row.first_contacted_at ? new Date(row.first_contacted_at) : null,
        now,
        firstContactDays,
      ),
    duplicateOf:
      row.duplicate_of_id && row.holder_registered_at
        ? {
            leadId: row.duplicate_of_id,
            // A flagged lead's first reporter is someone else: one's own company is refused, not flagged.
            isMine: false,
            ownerName: row.holder_owner_name ?? '',
            departmentName: row.holder_department_name,
            parkName: row.holder_park_name,
            registeredAt: iso(row.holder_registered_at),
          }
        : null,
    projectId: row.project_id,
    version: row.version,
  };
}

export function presentLeadDetail(
  row: LeadRow,
  parts: {
    now: Date;
    firstContactDays: number;
    readerId: string;
    isOwner: boolean;
    followUps: Awaited<ReturnType<typeof findFollowUps>>;
    nextStatuses: LeadStatus[];
    laterRegistrations: LeadRow[];
  },
): LeadDetail {
  return {
    ...presentLead(row, parts.now, parts.firstContactDays),
    contactName: row.contact_name,
    contactPhone: parts.isOwner ? row.contact_phone : maskMobile(row.contact_phone),
    summary: row.summary,
    followUps: parts.followUps.map((followUp) => ({
      id: followUp.id,
      kind: followUp.kind as LeadDetail['followUps'][number]['kind'],
      happenedOn: followUp.happenedOn,
      note: followUp.note,
      byName: followUp.byName,
      createdAt: followUp.createdAt.toISOString(),
    })),
    nextStatuses: parts.nextStatuses,
    canEdit: parts.isOwner,
    laterRegistrations: parts.laterRegistrations.map((later) => presentHolder(later, parts.readerId)),
  };
}
