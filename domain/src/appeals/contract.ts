import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';
import { appealStates, appealSteps } from './workflow.js';
import { appealChannels, inboxKinds, severities } from './constants.js';
import { calendarDayKinds, calendarDayProblems, calendarYears } from './work-calendar.js';

const instant = z.iso.datetime({ offset: true });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period' });

export const appealCategory = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const appealCategoryListResponse = z.object({ items: z.array(appealCategory) });
export const appealCategoryRequest = z.strictObject({
  name: shortText(40).pipe(z.string().min(2)),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  active: z.boolean().optional(),
});

export const createAppealRequest = z.strictObject({
  /** Required for officers filing on an enterprise's behalf; an enterprise user files for its own. */
  enterpriseId: z.uuid().optional(),
  categoryId: z.uuid(),
  title: shortText(60).pipe(z.string().min(4)),
  description: shortText(4000).pipe(z.string().min(10)),
  severity: z.enum(severities).default('general'),
  /** When the problem was raised on a visit (走访) of the same enterprise. */
  visitId: z.uuid().optional(),
});

export const transitionRequest = z.strictObject({
  to: z.enum(appealSteps),
  note: shortText(2000).optional(),
  rating: z.number().optional(),
  departmentId: z.uuid().optional(),
  assistingDepartmentIds: z.array(z.uuid()).max(6).optional(),
  /** The version the actor saw; a stale one answers 409 with the fresh appeal. */
  version: z.number().int().min(0),
});

/** Where the appeal's clock stands for the reader, computed at read time from stored instants. */
export const appealClock = z.object({
  stage: z.enum(['dispatch', 'accept', 'resolve']).nullable(),
  deadlineAt: instant.nullable(),
  /** Milliseconds left (negative once overdue); null when no clock runs or it is paused. */
  remainingMs: z.number().nullable(),
  isOverdue: z.boolean(),
  isPaused: z.boolean(),
  /** 0 on time; 1 the department head alerted; 2 the zone leader too (red). */
  escalation: z.number().int().min(0).max(2),
});

export const appealSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  enterprise: reference,
  category: reference,
  severity: z.enum(severities),
  state: z.enum(appealStates),
  channel: z.enum(appealChannels),
  leadDepartment: reference.nullable(),
  clock: appealClock,
  rating: z.number().int().nullable(),
  reopenCount: z.number().int(),
  submittedAt: instant,
  updatedAt: instant,
  /** For a step taken straight from a list (e.g. the dispatch board). */
  version: z.number().int(),
});
export type AppealSummary = z.infer<typeof appealSummary>;

export const appealEvent = z.object({
  id: z.uuid(),
  step: z.string(),
  fromState: z.enum(appealStates).nullable(),
  toState: z.enum(appealStates),
  actorName: z.string(),
  note: z.string().nullable(),
  department: reference.nullable(),
  rating: z.number().int().nullable(),
  escalation: z.number().int().nullable(),
  at: instant,
});

export const appealAttachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  uploadedByName: z.string(),
  uploadedAt: instant,
});

export const appealDetail = appealSummary.extend({
  description: z.string(),
  assistingDepartments: z.array(reference),
  filedByName: z.string(),
  visitId: z.uuid().nullable(),
  resolution: z.string().nullable(),
  resolvedAt: instant.nullable(),
  closedAt: instant.nullable(),
  returnedFrom: z.enum(appealStates).nullable(),
  events: z.array(appealEvent),
  attachments: z.array(appealAttachment),
  /** The steps this reader may take now; the screens offer exactly these. */
  allowedSteps: z.array(z.enum(appealSteps)),
  /** Whether this reader may attach files now. */
  canAttach: z.boolean(),
});
export type AppealDetail = z.infer<typeof appealDetail>;

export const appealScopes = ['mine', 'dispatch', 'all'] as const;
export const appealSorts = ['deadline', 'submitted'] as const;

export const listAppealsQuery = z.strictObject({
  /** mine: what needs me; dispatch: waiting for the dispatch desk; all: everything I may see. */
  scope: z.enum(appealScopes).default('all'),
  state: z.enum(appealStates).optional(),
  /** open: every state but resolved, rejected and closed. */
  open: z.enum(['true', 'false']).optional(),
  categoryId: z.uuid().optional(),
  severity: z.enum(severities).optional(),
  departmentId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: shortText(60).optional(),
  sort: z.enum(appealSorts).default('deadline'),
  ...pageQuery,
});
export type ListAppealsQuery = z.infer<typeof listAppealsQuery>;

export const appealListResponse = z.object({ items: z.array(appealSummary), total: z.number().int() });

export const appealStatisticsQuery = z.strictObject({
  /** Inclusive months of submission, China time; default the last twelve months. */
  from: month.optional(),
  to: month.optional(),
});

const share = z.number().nullable().describe('0–1; null when nothing to count');
const hours = z.number().nullable();

export const appealStatistics = z.object({
  from: month,
  to: month,
  totals: z.object({
    count: z.number().int(),
    open: z.number().int(),
    overdueOpen: z.number().int(),
    resolved: z.number().int(),
    onTimeRate: share,
    medianHours: hours,
    p90Hours: hours,
    averageRating: z.number().nullable(),
    rated: z.number().int(),
    satisfiedRate: share.describe('share of ratings 4–5'),
    reopened: z.number().int(),
  }),
  byCategory: z.array(
    z.object({
      category: reference,
      count: z.number().int(),
      resolved: z.number().int(),
      onTimeRate: share,
      averageRating: z.number().nullable(),
    }),
  ),
  byDepartment: z.array(
    z.object({
      department: reference,
      count: z.number().int(),
      open: z.number().int(),
      overdueOpen: z.number().int(),
      onTimeRate: share,
      medianHours: hours,
    }),
  ),
  byMonth: z.array(z.object({ month, count: z.number().int(), resolved: z.number().int() })),
  ratings: z.array(z.object({ rating: z.number().int(), count: z.number().int() })),
  /** The most frequent problems: per category, its most frequent words (jieba), with counts. */
  hotspots: z.array(
    z.object({
      category: reference,
      count: z.number().int(),
      keywords: z.array(z.object({ keyword: z.string(), count: z.number().int() })),
    }),
  ),
  topKeywords: z.array(z.object({ keyword: z.string(), count: z.number().int() })),
});
export type AppealStatistics = z.infer<typeof appealStatistics>;

export const clockRule = z.object({
  categoryId: z.uuid().nullable(),
  severity: z.enum(severities),
  dispatchWorkingHours: z.number().int().min(1).max(72),
  acceptHours: z.number().int().min(1).max(720),
  resolveHours: z.number().int().min(1).max(2160),
  leaderAfterHours: z.number().int().min(1).max(720),
});
export const appealSettingsResponse = z.object({
  dispatchDepartment: reference.nullable(),
  /** The zone defaults (category null) first, then overrides per category. */
  clockRules: z.array(clockRule),
  version: z.number().int(),
});
export const appealSettingsRequest = z.strictObject({
  dispatchDepartmentId: z.uuid().nullable(),
  clockRules: z.array(clockRule).max(200),
  version: z.number().int().min(0),
});

const calendarYear = z.number().int().min(calendarYears.min).max(calendarYears.max);
export const workCalendarQuery = z.strictObject({ year: z.coerce.number().pipe(calendarYear) });
export const workCalendarDay = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string().nullable(),
});
export const workCalendarResponse = z.object({
  year: z.number().int(),
  /** By date. */
  days: z.array(workCalendarDay),
  /** False until the year was saved once (an empty saved year means: no holidays at all). */
  isConfigured: z.boolean(),
  version: z.number().int(),
});
/** A year's holidays and make-up workdays, replaced as a whole. */
export const workCalendarRequest = z
  .strictObject({
    year: calendarYear,
    days: z
      .array(
        z.strictObject({
          date: z.string().max(10),
          kind: z.enum(calendarDayKinds),
          name: shortText(20).nullable().optional(),
        }),
      )
      .max(366),
    version: z.number().int().min(0),
  })
  .superRefine((value, context) => {
    for (const problem of calendarDayProblems(value.year, value.days)) {
      context.addIssue({ code: 'custom', path: ['days', problem.index, 'date'], message: problem.key });
    }
  });

export const inboxMessage = z.object({
  id: z.uuid(),
  kind: z.enum(inboxKinds),
  text: z.string(),
  appeal: z.object({ id: z.uuid(), number: z.string(), title: z.string() }).nullable(),
  /** The project a message is about (a help request or its answer); a message has an appeal or a project. */
  project: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  readAt: instant.nullable(),
  createdAt: instant,
});
export const inboxQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export const inboxResponse = z.object({
  items: z.array(inboxMessage),
  total: z.number().int(),
  unread: z.number().int(),
});
