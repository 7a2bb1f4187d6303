import {
  readClock,
  type AppealDetail,
  type AppealState,
  type AppealStep,
  type AppealSummary,
  type ClockPolicy,
  type ClockStage,
} from '@gaoxin/domain';
import type { appealAttachments } from '../../db/schema/index.js';
import type { AppealRow, findAppealEvents } from './appeals.repository.js';

/** The clock columns of an appeal row. */
export interface ClockColumns {
  clockStage: string | null;
  deadlineAt: Date | null;
  pausedSince: Date | null;
}

export function presentClock(columns: ClockColumns, now: Date, policy: ClockPolicy): AppealSummary['clock'] {
  const reading = readClock(
    {
      stage: columns.clockStage as ClockStage | null,
      deadlineAt: columns.deadlineAt,
      pausedSince: columns.pausedSince,
    },
    now,
    policy.leaderAfterHours,
  );
  return { ...reading, deadlineAt: reading.deadlineAt?.toISOString() ?? null };
}

/** A list row, as the list query returns it (a type alias: raw query rows must be indexable). */
export type AppealListRow = {
  clockStage: string | null;
  deadlineAt: Date | string | null;
  pausedSince: Date | string | null;
  id: string;
  number: string;
  title: string;
  severity: string;
  state: string;
  channel: string;
  rating: number | null;
  reopen_count: number;
  submitted_at: Date;
  updated_at: Date;
  category_id: string;
  category_name: string;
  enterprise_id: string;
  enterprise_name: string;
  lead_department_id: string | null;
  lead_department_name: string | null;
  version: number;
};

export function presentListRow(row: AppealListRow, clock: AppealSummary['clock']): AppealSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    enterprise: { id: row.enterprise_id, name: row.enterprise_name },
    category: { id: row.category_id, name: row.category_name },
    severity: row.severity as AppealSummary['severity'],
    state: row.state as AppealState,
    channel: row.channel as AppealSummary['channel'],
    leadDepartment: row.lead_department_id
      ? { id: row.lead_department_id, name: row.lead_department_name ?? '' }
      : null,
    clock,
    rating: row.rating,
    reopenCount: row.reopen_count,
    submittedAt: new Date(row.submitted_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    version: row.version,
  };
}

export function presentDetail(
  row: AppealRow,
  parts: {
    assists: { id: string; name: string }[];
    events: Awaited<ReturnType<typeof findAppealEvents>>;
    attachments: (typeof appealAttachments.$inferSelect)[];
    allowedSteps: AppealStep[];
    canAttach: boolean;
    clock: AppealSummary['clock'];
  },
): AppealDetail {
  const { appeal } = row;
  return {
    id: appeal.id,
    number: appeal.number,
    title: appeal.title,
    enterprise: { id: appeal.enterpriseId, name: row.enterpriseName },
    category: { id: appeal.categoryId, name: row.categoryName },
    severity: appeal.severity as AppealDetail['severity'],
    state: appeal.state as AppealState,
    channel: appeal.channel as AppealDetail['channel'],
    leadDepartment: appeal.leadDepartmentId
      ? { id: appeal.leadDepartmentId, name: row.leadDepartmentName ?? '' }
      : null,
    clock: parts.clock,
    rating: appeal.rating,
    reopenCount: appeal.reopenCount,
    submittedAt: appeal.submittedAt.toISOString(),
    updatedAt: appeal.updatedAt.toISOString(),
    description: appeal.description,
    assistingDepartments: parts.assists,
    filedByName: appeal.filedByName,
    visitId: appeal.visitId,
    resolution: appeal.resolution,
    resolvedAt: appeal.resolvedAt?.toISOString() ?? null,
    closedAt: appeal.closedAt?.toISOString() ?? null,
    returnedFrom: appeal.returnedFrom as AppealState | null,
    events: parts.events.map(({ event, departmentName }) => ({
      id: event.id,
      step: event.step,
      fromState: event.fromState as AppealState | null,
      toState: event.toState as AppealState,
      actorName: event.actorName,
      note: event.note,
      department: event.departmentId ? { id: event.departmentId, name: departmentName ?? '' } : null,
      rating: event.rating,
      escalation: event.escalation,
      at: event.at.toISOString(),
    })),
    attachments: parts.attachments.map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      byteSize: attachment.byteSize,
      sha256: attachment.sha256,
      uploadedByName: attachment.uploadedByName,
      uploadedAt: attachment.uploadedAt.toISOString(),
    })),
    allowedSteps: parts.allowedSteps,
    canAttach: parts.canAttach,
    version: appeal.version,
  };
}
