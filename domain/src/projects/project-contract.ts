import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';
import { investmentAmount } from './contract.js';
import { helpStatuses, projectColours } from './constants.js';
import { projectStages } from './status.js';

const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const optionalText = (max: number) => shortText(max).nullable().optional();

export const projectTeam = z.object({
  leader: reference.nullable(),
  sectionChief: reference.nullable(),
  liaison: reference.nullable(),
  commissioner: reference.nullable(),
  planDocument: z.string().nullable(),
});

export const projectMilestone = z.object({
  id: z.uuid(),
  name: z.string(),
  plannedOn: isoDate,
  actualOn: isoDate.nullable(),
  /** Days past the planned date while open (negative: days left). */
  lateDays: z.number().int().nullable(),
});

export const projectSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  investorName: z.string(),
  totalInvestment: z.string(),
  contractAmount: z.string(),
  industryCode: z.string().nullable(),
  park: reference.nullable(),
  plot: z.string().nullable(),
  stage: z.enum(projectStages),
  signedOn: isoDate,
  colour: z.enum(projectColours),
  /** The open milestone that decides the colour, when there is one. */
  nextMilestone: projectMilestone.nullable(),
  fundsInPlace: z.string(),
  team: projectTeam,
  department: reference.nullable(),
  leadId: z.uuid().nullable(),
  version: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const projectDetail = projectSummary.extend({
  investorEnterprise: reference.nullable(),
  stageDates: z.record(z.enum(projectStages), isoDate.nullable()),
  milestones: z.array(projectMilestone),
  funds: z.array(
    z.object({
      id: z.uuid(),
      receivedOn: isoDate,
      amount: z.string(),
      note: z.string().nullable(),
      byName: z.string(),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.uuid(),
      weekOf: isoDate,
      done: z.string(),
      blockers: z.string().nullable(),
      helpNeeded: z.string().nullable(),
      helpDepartment: reference.nullable(),
      /** Null when no department was asked. */
      helpStatus: z.enum(helpStatuses).nullable(),
      helpAnswer: z.object({ text: z.string(), byName: z.string(), at: instant }).nullable(),
      /** The reader may answer this open request (an officer of the asked department, or a leader). */
      canAnswerHelp: z.boolean(),
      byName: z.string(),
      createdAt: instant,
    }),
  ),
  stageChanges: z.array(
    z.object({
      fromStage: z.enum(projectStages).nullable(),
      toStage: z.enum(projectStages),
      happenedOn: isoDate,
      reason: z.string().nullable(),
      byName: z.string(),
    }),
  ),
  /** Warnings that do not refuse the write (e.g. 合同额 above 总投资). */
  warnings: z.array(z.object({ field: z.string(), message: z.string() })),
  canEdit: z.boolean(),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

const teamFields = {
  leaderId: z.uuid().nullable().optional(),
  sectionChiefId: z.uuid().nullable().optional(),
  liaisonId: z.uuid().nullable().optional(),
  commissionerId: z.uuid().nullable().optional(),
  planDocument: optionalText(2000),
};

const projectFields = {
  name: shortText(100).pipe(z.string().min(2)),
  investorName: shortText(100).pipe(z.string().min(2)),
  investorEnterpriseId: z.uuid().nullable().optional(),
  totalInvestment: investmentAmount,
  contractAmount: investmentAmount,
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]?\d{2}(\d{2})?$/i)
    .nullable()
    .optional(),
  parkId: z.uuid().nullable().optional(),
  plot: optionalText(200),
  signedOn: isoDate,
  ...teamFields,
};

export const createProjectRequest = z.strictObject({
  /** A signed lead the project comes from (its owner creates it); omitted for a direct registration. */
  leadId: z.uuid().optional(),
  ...projectFields,
  milestones: z
    .array(z.strictObject({ name: shortText(60).pipe(z.string().min(2)), plannedOn: isoDate }))
    .max(50)
    .default([]),
});
export const updateProjectRequest = z
  .strictObject(projectFields)
  .partial()
  .extend({ version: z.number().int().min(0) });

export const projectStageRequest = z.strictObject({
  to: z.enum(projectStages),
  happenedOn: isoDate,
  reason: shortText(500).optional(),
  version: z.number().int().min(0),
});

export const projectFundRequest = z.strictObject({
  receivedOn: isoDate,
  amount: investmentAmount.refine((text) => Number(text) > 0, { message: 'mustBePositive' }),
  note: optionalText(200),
});

export const milestoneRequest = z.strictObject({
  name: shortText(60).pipe(z.string().min(2)),
  plannedOn: isoDate,
  actualOn: isoDate.nullable().optional(),
});

export const progressReportRequest = z.strictObject({
  weekOf: isoDate,
  done: shortText(2000).pipe(z.string().min(2)),
  blockers: optionalText(2000),
  helpNeeded: optionalText(2000),
  helpDepartmentId: z.uuid().nullable().optional(),
});

/** The asked department's answer to a report's help request. */
export const helpAnswerRequest = z.strictObject({
  answer: shortText(2000).pipe(z.string().min(2)),
});

export const listProjectsQuery = z.strictObject({
  stage: z.enum(projectStages).optional(),
  colour: z.enum(projectColours).optional(),
  parkId: z.uuid().optional(),
  q: shortText(60).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /**
   * Projects whose reports ask the reader's department for help (a leader: any department);
   * `open` keeps those with a request not yet answered.
   */
  help: z.enum(['open', 'any']).optional(),
  ...pageQuery,
});
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;
export const projectListResponse = z.object({ items: z.array(projectSummary), total: z.number().int() });

export const projectKpiQuery = z.strictObject({
  /** Inclusive dates; default from the first of January to today (China time). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const projectKpi = z.object({
  from: isoDate,
  to: isoDate,
  signedCount: z.number().int(),
  /** 万元 */
  contractAmount: z.string(),
  /** 亿元以上项目 */
  largeProjectCount: z.number().int(),
  fundsInPlace: z.string(),
  fundsInPlaceLastYear: z.string(),
  /** 同比, percent with two decimals; null without a base. */
  fundsInPlaceGrowthPercent: z.number().nullable(),
  startedCount: z.number().int(),
  producingCount: z.number().int(),
});
export type ProjectKpi = z.infer<typeof projectKpi>;

export const funnelGroupings = ['none', 'park', 'officer'] as const;
export const projectFunnelQuery = z.strictObject({ groupBy: z.enum(funnelGroupings).default('none') });
export const funnelSteps = ['lead', 'negotiating', ...projectStages] as const;
const funnelRow = z.object({
  step: z.enum(funnelSteps),
  /** Reached this step or a later one. */
  reached: z.number().int(),
  /** Standing at this step now. */
  current: z.number().int(),
  /** 万元: intended investment for leads, contract amount for projects. */
  amount: z.string(),
});
export const projectFunnel = z.object({
  steps: z.array(funnelRow),
  groups: z.array(z.object({ group: reference.nullable(), steps: z.array(funnelRow) })),
});
export type ProjectFunnel = z.infer<typeof projectFunnel>;

const position = z.tuple([z.number(), z.number()]);
export const projectMap = z.object({
  /** The sub-parks as a GeoJSON FeatureCollection (parks without an outline are left out). */
  parks: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
        geometry: z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
      }),
    ),
  }),
  /** The legend of `projects.colour`. */
  colours: z.array(z.enum(projectColours)),
  /**
   * The placed projects as parallel arrays, the most urgent first: project `i` is `ids[i]`, in the
   * park `parks.features[park[i]]`, coloured `colours[colour[i]]`. Only what the map draws: the web
   * places each one inside its park with `placeInside(outline, id)` and fetches the project on click.
   */
  projects: z
    .object({
      ids: z.array(z.uuid()),
      park: z.array(z.number().int().min(0)),
      colour: z.array(z.number().int().min(0)),
    })
    .refine(
      (projects) =>
        projects.park.length === projects.ids.length && projects.colour.length === projects.ids.length,
      {
        message: 'parallelArrays',
      },
    ),
  /** Visible projects without a sub-park (or whose park has no outline): listed beside the map. */
  unplaced: z.number().int(),
});
export type ProjectMap = z.infer<typeof projectMap>;
