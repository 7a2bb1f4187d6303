import { z } from 'zod';
import { reference } from './contract.js';
import { appealStates } from '../appeals/workflow.js';
import { filingStatuses, indicatorFigure } from '../indicators/contract.js';
import { projectKpi } from '../projects/project-contract.js';
import { projectColours } from '../projects/constants.js';
import { leadStatuses } from '../projects/leads.js';
import { projectStages } from '../projects/status.js';

const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * The home page answers every role in one request (`GET /api/home`). Each item carries the ids,
 * periods and dates the web needs to link to the page that explains it; counts are the totals of
 * the module's own list behind the link, so the link shows the same number.
 */

/** The indicators a leader reads first, in this order (工业总产值, 营业收入, 税收). */
export const homeHeadlineCodes = ['output', 'revenue', 'tax'] as const;

/** An appeal as the home page lists it: enough to name it and to say how its clock stands. */
export const homeAppeal = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  enterprise: reference,
  state: z.enum(appealStates),
  leadDepartment: reference.nullable(),
  deadlineAt: instant.nullable(),
  isOverdue: z.boolean(),
  /** 0 on time; 1 the department head alerted; 2 before the zone leaders (督办). */
  escalation: z.number().int().min(0).max(2),
});
export type HomeAppeal = z.infer<typeof homeAppeal>;

/** A project with the open milestone that decides its colour (its next due date). */
export const homeProject = z.object({
  id: z.uuid(),
  name: z.string(),
  stage: z.enum(projectStages),
  colour: z.enum(projectColours),
  department: reference.nullable(),
  nextMilestone: z
    .object({
      name: z.string(),
      plannedOn: isoDate,
      /** Days past the planned date (negative: days left). */
      lateDays: z.number().int(),
    })
    .nullable(),
});
export type HomeProject = z.infer<typeof homeProject>;

const listOf = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

export const leaderHome = z.object({
  role: z.literal('leader'),
  /** 经济运行: the latest period with returns (null without any), the headline indicators' figures. */
  economy: z.object({
    period: period.nullable(),
    items: z.array(indicatorFigure),
  }),
  /** 预警 of that period (the figure rules), and the total of the warning list behind the link. */
  warnings: listOf(
    z.object({
      enterprise: reference,
      rule: z.object({ code: z.string(), name: z.string() }),
      message: z.string(),
    }),
  ).extend({ period: period.nullable() }),
  /** Open appeals, those past their deadline and those before the leaders (督办), most urgent first. */
  appeals: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    supervised: z.number().int(),
    items: z.array(homeAppeal),
  }),
  /** The red projects (the 督办 list), latest milestone first. */
  redProjects: listOf(homeProject),
  /** 招商 KPI of the year to date, as the projects module states it. */
  investment: projectKpi,
  /** Qualifications ending within 90 days (not yet ended). */
  expiringQualifications: listOf(
    z.object({
      enterprise: reference,
      type: z.string(),
      typeName: z.string(),
      expiresOn: isoDate,
    }),
  ).extend({ withinDays: z.number().int() }),
});
export type LeaderHome = z.infer<typeof leaderHome>;

export const officerHome = z.object({
  role: z.literal('officer'),
  /** 催报: the enterprises the officer is liaison of that have not filed the period due now. */
  filings: listOf(z.object({ enterprise: reference, status: z.enum(filingStatuses) })).extend({
    period,
    deadline: isoDate,
    /** The liaison enterprises expected to report the period. */
    expected: z.number().int(),
  }),
  /** Open appeals waiting for the officer or its department, earliest deadline first. */
  appeals: listOf(homeAppeal).extend({ overdue: z.number().int() }),
  /** Projects on whose team the officer is, next milestone first. */
  projects: listOf(homeProject),
  /** The officer's open leads (线索, 洽谈) with the first-contact deadline where it still applies. */
  leads: listOf(
    z.object({
      id: z.uuid(),
      companyName: z.string(),
      status: z.enum(leadStatuses),
      /** When the first contact is due (首次对接); null once contacted. */
      firstContactDueOn: isoDate.nullable(),
      firstContactOverdue: z.boolean(),
    }),
  ),
});
export type OfficerHome = z.infer<typeof officerHome>;

export const enterpriseHome = z.object({
  role: z.literal('enterprise'),
  enterprise: reference,
  /** Its monthly returns: the period due now (last month) and any earlier one of the last year unfiled. */
  returns: z.object({
    period,
    deadline: isoDate,
    status: z.enum(filingStatuses),
    /** Earlier periods of the last twelve months it has not filed, latest first. */
    earlierUnfiled: z.array(period),
  }),
  /** Its open appeals, and those waiting for it (information asked, resolution to confirm and rate). */
  appeals: listOf(homeAppeal).extend({ open: z.number().int() }),
  /** 我的项目: the projects it invests in. */
  projects: listOf(homeProject),
});
export type EnterpriseHome = z.infer<typeof enterpriseHome>;

/** admin, auditor and alliance viewers read no business data on the home page. */
export const toolsHome = z.object({ role: z.enum(['admin', 'auditor', 'alliance']) });

export const homeResponse = z.discriminatedUnion('role', [
  leaderHome,
  officerHome,
  enterpriseHome,
  toolsHome,
]);
export type HomeResponse = z.infer<typeof homeResponse>;
