import { daysBetween } from '../platform/dates.js';

/**
 * Project stages and the red/yellow/green status of 项目促建 ("挂图作战、打表推进"), as pure rules.
 */
export const projectStages = [
  'signed',
  'registered',
  'landGranted',
  'started',
  'completed',
  'producing',
  'fullProduction',
] as const;
export type ProjectStage = (typeof projectStages)[number];

export const projectStageLabels: Record<ProjectStage, string> = {
  signed: '签约',
  registered: '注册',
  landGranted: '供地',
  started: '开工',
  completed: '竣工',
  producing: '投产',
  fullProduction: '达产',
};

/** A stage change: forward is free; backward needs a reason. */
export function checkStageChange(
  from: ProjectStage,
  to: ProjectStage,
  reason: string | undefined,
): 'ok' | 'unchanged' | 'reasonRequired' {
  const step = projectStages.indexOf(to) - projectStages.indexOf(from);
  if (step === 0) return 'unchanged';
  if (step < 0 && !reason?.trim()) return 'reasonRequired';
  return 'ok';
}

export type ProjectColour = 'green' | 'yellow' | 'red';

export interface StatusPolicy {
  /** A milestone due within this many days turns the project yellow. */
  dueSoonDays: number;
  /** Late up to this many days is yellow; later is red. */
  lateYellowDays: number;
}

export const defaultStatusPolicy: StatusPolicy = { dueSoonDays: 7, lateYellowDays: 15 };

export interface MilestoneDates {
  /** YYYY-MM-DD */
  plannedOn: string;
  /** YYYY-MM-DD, once reached. */
  actualOn: string | null;
}

/**
 * The colour of a project today from its open milestones: red when one is more than 15 days late,
 * yellow when one is late up to 15 days or due within 7, else green. Reached milestones do not count.
 */
export function projectColour(
  milestones: MilestoneDates[],
  today: string,
  policy: StatusPolicy = defaultStatusPolicy,
): { colour: ProjectColour; mostLateDays: number } {
  let colour: ProjectColour = 'green';
  let mostLateDays = 0;
  for (const milestone of milestones) {
    if (milestone.actualOn) continue;
    const late = daysBetween(milestone.plannedOn, today);
    mostLateDays = Math.max(mostLateDays, late);
    if (late > policy.lateYellowDays) colour = 'red';
    else if (colour !== 'red' && late >= -policy.dueSoonDays) colour = 'yellow';
  }
  return { colour, mostLateDays };
}
