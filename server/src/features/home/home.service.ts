import { sql } from 'drizzle-orm';
import {
  chinaDate,
  filingDeadline,
  firstContactOverdue,
  filingStatus,
  formatPeriod,
  homeHeadlineCodes,
  parsePeriod,
  shiftPeriod,
  todayInChina,
  type EnterpriseHome,
  type HomeAppeal,
  type HomeProject,
  type HomeResponse,
  type LeaderHome,
  type OfficerHome,
  type ProjectSummary,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { workedOnBy } from '../appeals/appeal-access.js';
import { loadAppealRules } from '../appeals/appeals.service.js';
import { listExpiringQualifications } from '../enterprises/qualifications.service.js';
import { findFilingDeadlineDay } from '../indicators/catalogue.repository.js';
import { filingBoard } from '../indicators/filings.service.js';
import { computeOverview } from '../indicators/figures.service.js';
import { findProjectSettings } from '../leads/leads.repository.js';
import { projectKpi } from '../projects/project-figures.service.js';
import { listProjects } from '../projects/projects.service.js';
import { homeWarnings } from './home-warnings.js';
import {
  findEnterpriseAppeals,
  findAppealQueue,
  findEnterpriseName,
  findOpenLeadsOf,
  findUnfiledPeriods,
  findZoneAppeals,
  hasFiled,
  type HomeAppealRow,
} from './home.repository.js';

/** How many items each card lists; its total says how many more the link behind it holds. */
const topItems = 5;
/** The expiring-qualification window, the module's default. */
const expiringWithinDays = 90;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const periodIndex = (period: { year: number; month: number }) => period.year * 12 + period.month;
const periodOfIndex = (index: number) => ({
  year: Math.floor((index - 1) / 12),
  month: ((index - 1) % 12) + 1,
});

function presentAppeal(row: HomeAppealRow): HomeAppeal {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    enterprise: { id: row.enterprise_id, name: row.enterprise_name },
    state: row.state as HomeAppeal['state'],
    leadDepartment:
      row.lead_department_id && row.lead_department_name
        ? { id: row.lead_department_id, name: row.lead_department_name }
        : null,
    deadlineAt: instant(row.deadline_at),
    isOverdue: row.is_overdue,
    escalation: Number(row.escalation),
  };
}

function presentProject(project: ProjectSummary): HomeProject {
  const next = project.nextMilestone;
  return {
    id: project.id,
    name: project.name,
    stage: project.stage,
    colour: project.colour,
    department: project.department,
    nextMilestone: next ? { name: next.name, plannedOn: next.plannedOn, lateDays: next.lateDays ?? 0 } : null,
  };
}

/**
 * The leader's morning: the headline figures of the latest month with returns, its warnings,
 * appeals overdue and before the leaders, the red projects, the year's 招商 KPI and the
 * qualifications about to end. Each part is the module's own service or its summary rows.
 */
async function leaderHome(db: Db, context: RequestContext, actor: Actor): Promise<LeaderHome> {
  const [overview, warnings, appeals, red, investment, expiring] = await Promise.all([
    computeOverview(db, actor.zoneId, {}),
    homeWarnings(db, actor, topItems),
    findZoneAppeals(db, actor.zoneId, topItems),
    listProjects(db, context, { colour: 'red', page: 1, pageSize: topItems }),
    projectKpi(db, context, {}),
    listExpiringQualifications(db, context, {
      withinDays: expiringWithinDays,
      includeExpired: false,
      page: 1,
      pageSize: topItems,
    }),
  ]);
  const headline = (code: string) => overview.items.find((item) => item.indicator.code === code);
  return {
    role: 'leader',
    economy: {
      period: overview.period,
      items: homeHeadlineCodes.flatMap((code) => headline(code) ?? []),
    },
    warnings,
    appeals: {
      open: appeals.open,
      overdue: appeals.overdue,
      supervised: appeals.supervised,
      items: appeals.items.map(presentAppeal),
    },
    redProjects: { total: red.total, items: red.items.map(presentProject) },
    investment,
    expiringQualifications: {
      withinDays: expiringWithinDays,
      total: expiring.total,
      items: expiring.items.flatMap((item) =>
        item.expiresOn
          ? [
              {
                enterprise: item.enterprise,
                type: item.type,
                typeName: item.typeName,
                expiresOn: item.expiresOn,
              },
            ]
          : [],
      ),
    },
  };
}

/** An officer's own work: whom to chase for returns, the appeals in its queue, its projects and leads. */
async function officerHome(db: Db, context: RequestContext, actor: Actor): Promise<OfficerHome> {
  const [board, rules, projects, leads, settings] = await Promise.all([
    filingBoard(db, context, { mine: 'true', page: 1, pageSize: topItems }),
    loadAppealRules(db, actor.zoneId),
    listProjects(db, context, { mine: 'true', page: 1, pageSize: topItems }),
    findOpenLeadsOf(db, actor.zoneId, actor.userId, topItems),
    findProjectSettings(db, actor.zoneId),
  ]);
  // The officer's queue as `/api/appeals?scope=mine` has it: open, and worked on by it or its department.
  const appeals = await findAppealQueue(
    db,
    sql`a.zone_id = ${actor.zoneId} and a.state not in ('resolved', 'rejected', 'closed')
        and ${workedOnBy(actor, rules.dispatchDepartmentId)}`,
    sql`a.deadline_at asc nulls last, a.submitted_at desc, a.id`,
    topItems,
  );
  const now = new Date();
  return {
    role: 'officer',
    filings: {
      period: board.period,
      deadline: board.deadline,
      expected: board.counts.filed + board.counts.pending + board.counts.overdue,
      total: board.counts.pending + board.counts.overdue,
      items: board.items
        .filter((item) => item.status !== 'filed')
        .map((item) => ({ enterprise: item.enterprise, status: item.status })),
    },
    appeals: { total: appeals.total, overdue: appeals.overdue, items: appeals.items.map(presentAppeal) },
    projects: { total: projects.total, items: projects.items.map(presentProject) },
    leads: {
      total: leads.total,
      items: leads.rows.map((row) => {
        const registeredAt = new Date(row.registered_at);
        const contactedAt = row.first_contacted_at ? new Date(row.first_contacted_at) : null;
        const due = registeredAt.getTime() + settings.firstContactDays * 86_400_000;
        return {
          id: row.id,
          companyName: row.company_name,
          status: row.status as OfficerHome['leads']['items'][number]['status'],
          firstContactDueOn: contactedAt ? null : chinaDate(due),
          firstContactOverdue: firstContactOverdue(registeredAt, contactedAt, now, settings.firstContactDays),
        };
      }),
    },
  };
}

/** An enterprise's own: the return due now (and any missed this year), its appeals, its projects. */
async function enterpriseHome(db: Db, context: RequestContext, actor: Actor): Promise<EnterpriseHome> {
  const enterpriseId = actor.enterpriseId;
  if (!enterpriseId) throw new AppError('NOT_FOUND');
  const today = todayInChina();
  // The period the enterprise's own form opens on: last month.
  const period = shiftPeriod(parsePeriod(today.slice(0, 7)), -1);
  const index = periodIndex(period);
  const [name, deadlineDay, filed, unfiled, waiting, projects] = await Promise.all([
    findEnterpriseName(db, actor.zoneId, enterpriseId),
    findFilingDeadlineDay(db, actor.zoneId),
    hasFiled(db, actor.zoneId, enterpriseId, index),
    findUnfiledPeriods(db, actor.zoneId, enterpriseId, index - 11, index - 1),
    findEnterpriseAppeals(
      db,
      actor.zoneId,
      enterpriseId,
      sql`a.deadline_at asc nulls last, a.submitted_at desc, a.id`,
      topItems,
    ),
    listProjects(db, context, { page: 1, pageSize: topItems }),
  ]);
  if (name === null) throw new AppError('NOT_FOUND');
  const deadline = filingDeadline(period, deadlineDay);
  return {
    role: 'enterprise',
    enterprise: { id: enterpriseId, name },
    returns: {
      period: formatPeriod(period),
      deadline,
      status: filingStatus(filed, deadline, today),
      earlierUnfiled: unfiled.map((each) => formatPeriod(periodOfIndex(each))),
    },
    appeals: { open: waiting.open, total: waiting.total, items: waiting.items.map(presentAppeal) },
    projects: { total: projects.total, items: projects.items.map(presentProject) },
  };
}

/**
 * The caller's home page in one request. Strictly scoped by role: a leader reads the zone, an
 * officer its own work, an enterprise user its own enterprise; admin, auditor and alliance viewers
 * get no business data (their pages link to their tools).
 */
export async function getHome(db: Db, context: RequestContext): Promise<HomeResponse> {
  const actor = requireActor(context);
  switch (actor.role) {
    case 'leader':
      return leaderHome(db, context, actor);
    case 'officer':
      return officerHome(db, context, actor);
    case 'enterprise':
      return enterpriseHome(db, context, actor);
    default:
      return { role: actor.role };
  }
}
