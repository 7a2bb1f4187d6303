import {
  amountWarnings,
  daysBetween,
  fieldMessages,
  helpStatus,
  mayAnswerHelp,
  parseAmount,
  projectColour,
  projectStages,
  type Language,
  type ProjectDetail,
  type ProjectStage,
  type ProjectSummary,
  type Role,
  type StatusPolicy,
} from '@gaoxin/domain';
import type {
  findFunds,
  findMilestones,
  findReports,
  findStageChanges,
  ProjectRow,
} from './projects.repository.js';

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentProject(row: ProjectRow, today: string, policy: StatusPolicy): ProjectSummary {
  const next = row.next_id && row.next_planned_on ? { plannedOn: row.next_planned_on, actualOn: null } : null;
  return {
    id: row.id,
    name: row.name,
    investorName: row.investor_name,
    totalInvestment: row.total_investment,
    contractAmount: row.contract_amount,
    industryCode: row.industry_code,
    park: ref(row.park_id, row.park_name),
    plot: row.plot,
    stage: row.stage as ProjectStage,
    signedOn: row.signed_on,
    // The earliest open milestone is the latest one: it alone decides the colour.
    colour: projectColour(next ? [next] : [], today, policy).colour,
    nextMilestone:
      row.next_id && row.next_planned_on
        ? {
            id: row.next_id,
            name: row.next_name ?? '',
            plannedOn: row.next_planned_on,
            actualOn: null,
            lateDays: daysBetween(row.next_planned_on, today),
          }
        : null,
    fundsInPlace: row.funds_in_place,
    team: {
      leader: ref(row.leader_id, row.leader_name),
      sectionChief: ref(row.section_chief_id, row.section_chief_name),
      liaison: ref(row.liaison_id, row.liaison_name),
      commissioner: ref(row.commissioner_id, row.commissioner_name),
      planDocument: row.plan_document,
    },
    department: ref(row.department_id, row.department_name),
    leadId: row.lead_id,
    version: row.version,
  };
}

const stageDateColumn: Record<ProjectStage, keyof ProjectRow> = {
  signed: 'signed_on',
  registered: 'registered_on',
  landGranted: 'land_granted_on',
  started: 'started_on',
  completed: 'completed_on',
  producing: 'producing_on',
  fullProduction: 'full_production_on',
};

export function stageDateField(stage: ProjectStage): string {
  return String(stageDateColumn[stage]).replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

export function presentProjectDetail(
  row: ProjectRow,
  parts: {
    today: string;
    policy: StatusPolicy;
    language: Language;
    canEdit: boolean;
    /** Who reads: decides which open help requests it may answer. */
    reader: { role: Role; departmentId: string | null };
    milestones: Awaited<ReturnType<typeof findMilestones>>;
    funds: Awaited<ReturnType<typeof findFunds>>;
    reports: Awaited<ReturnType<typeof findReports>>;
    stageChanges: Awaited<ReturnType<typeof findStageChanges>>;
  },
): ProjectDetail {
  return {
    ...presentProject(row, parts.today, parts.policy),
    investorEnterprise: ref(row.investor_enterprise_id, row.investor_enterprise_name),
    stageDates: Object.fromEntries(
      projectStages.map((stage) => [stage, (row[stageDateColumn[stage]] as string | null) ?? null]),
    ) as ProjectDetail['stageDates'],
    milestones: parts.milestones.map((milestone) => ({
      id: milestone.id,
      name: milestone.name,
      plannedOn: milestone.plannedOn,
      actualOn: milestone.actualOn,
      lateDays: milestone.actualOn ? null : daysBetween(milestone.plannedOn, parts.today),
    })),
    funds: parts.funds.map((fund) => ({
      id: fund.id,
      receivedOn: fund.receivedOn,
      amount: fund.amount,
      note: fund.note,
      byName: fund.byName,
    })),
    reports: parts.reports.rows.map((report) => {
      const status = helpStatus({
        helpDepartmentId: report.help_department_id,
        answeredAt: report.help_answered_at,
      });
      return {
        id: report.id,
        weekOf: report.week_of,
        done: report.done,
        blockers: report.blockers,
        helpNeeded: report.help_needed,
        helpDepartment: ref(report.help_department_id, report.help_department_name),
        helpStatus: status,
        helpAnswer:
          report.help_answered_at && report.help_answer
            ? {
                text: report.help_answer,
                byName: report.help_answered_by_name ?? '',
                at: new Date(report.help_answered_at).toISOString(),
              }
            : null,
        canAnswerHelp: status === 'open' && mayAnswerHelp(parts.reader, report.help_department_id ?? ''),
        byName: report.by_name,
        createdAt: new Date(report.created_at).toISOString(),
      };
    }),
    stageChanges: parts.stageChanges.map((change) => ({
      fromStage: change.fromStage as ProjectStage | null,
      toStage: change.toStage as ProjectStage,
      happenedOn: change.happenedOn,
      reason: change.reason,
      byName: change.byName,
    })),
    warnings: amountWarnings(parseAmount(row.total_investment), parseAmount(row.contract_amount)).map(
      (warning) => ({ field: 'contractAmount', message: fieldMessages[warning][parts.language] }),
    ),
    canEdit: parts.canEdit,
  };
}

/**
 * What the investor's own users see of a list entry: no plan document (the team's working paper)
 * and no link to the 招商 lead.
 */
export function forInvestor(project: ProjectSummary): ProjectSummary {
  return { ...project, leadId: null, team: { ...project.team, planDocument: null } };
}

/**
 * What the investor's own users see of a project: stages, milestones, colour and 到位资金, but
 * not the zone's internal working — weekly reports (blockers, help asked of departments), the
 * reasons for moving a stage back, the data-quality warnings.
 */
export function detailForInvestor(project: ProjectDetail): ProjectDetail {
  return {
    ...project,
    ...forInvestor(project),
    reports: [],
    stageChanges: project.stageChanges.map((change) => ({ ...change, reason: null })),
    warnings: [],
    canEdit: false,
  };
}
