import type { AppealStep } from '@gaoxin/domain';
import { lowRatingNotes, praiseNotes } from './demo-appeal-texts.js';

/** Where an invented appeal stands when the data is loaded. */
export type Fate =
  | 'closed'
  | 'reopenedThenClosed'
  | 'rejected'
  | 'neverRated'
  | 'awaitingDispatch'
  | 'returnedAtDispatch'
  | 'awaitingAcceptance'
  | 'accepted'
  | 'inProgress'
  | 'returned'
  | 'awaitingRating'
  | 'reopened'
  | 'overdueDispatch'
  | 'overdueAcceptance'
  | 'overdueResolution'
  | 'overdueToLeader';

/**
 * How the load time must relate to the last step: finished, a clock on time, late (less than a
 * day: the department head alerted), late more than a day (the leader too), or waiting. A dispatch
 * clock counts working hours, so late for dispatch may be either: on a Sunday every late dispatch
 * is already more than a day past its Friday deadline.
 */
export type Target = 'finished' | 'running' | 'late' | 'lateToLeader' | 'lateAny' | 'waiting';

const finished: readonly Fate[] = ['closed', 'reopenedThenClosed', 'rejected', 'neverRated'];
const waiting: readonly Fate[] = ['returned', 'returnedAtDispatch', 'awaitingRating'];

export function targetOf(fate: Fate): Target {
  if (finished.includes(fate)) return 'finished';
  if (fate === 'overdueToLeader') return 'lateToLeader';
  if (fate === 'overdueDispatch') return 'lateAny';
  if (fate.startsWith('overdue')) return 'late';
  return waiting.includes(fate) ? 'waiting' : 'running';
}

/**
 * The fates of `count` appeals, shuffled: about 15 % still open in every state, a handful overdue
 * (at least one already before the leader), a couple waiting for information, the rest finished,
 * most closed with a rating and a few reopened after a low one.
 */
export function fatesFor(count: number, random: () => number): Fate[] {
  const share = (fraction: number, least = 0) => Math.max(least, Math.round(count * fraction));
  const overdue = share(0.017, 4);
  const toLeader = Math.max(1, Math.round(overdue * 0.2));
  const quarter = Math.round((overdue - toLeader) / 4);
  const counts: [Fate, number][] = [
    ['overdueToLeader', toLeader],
    ['overdueDispatch', quarter],
    ['overdueAcceptance', quarter],
    ['overdueResolution', overdue - toLeader - 2 * quarter],
    ['returnedAtDispatch', share(0.004, 1)],
    ['awaitingDispatch', share(0.02)],
    ['awaitingAcceptance', share(0.02)],
    ['accepted', share(0.013)],
    ['inProgress', share(0.04)],
    ['awaitingRating', share(0.02)],
    ['reopened', share(0.004, 1)],
    ['rejected', share(0.03)],
    ['neverRated', share(0.015)],
    ['reopenedThenClosed', share(0.04)],
  ];
  const fates = counts.flatMap(([fate, times]) => Array.from({ length: times }, () => fate));
  while (fates.length < count) fates.push('closed');
  for (let i = fates.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [fates[i], fates[j]] = [fates[j]!, fates[i]!];
  }
  return fates.slice(0, Math.max(0, count));
}

/** A step still to take: who takes it, how long after the previous one, and what it says. */
export interface PlannedStep {
  step: AppealStep;
  by: 'dispatcher' | 'lead' | 'enterprise';
  /** Hours after the previous step: working hours when `working` (an officer at the desk), else wall-clock. */
  hours: number;
  working?: boolean;
  note?: string;
  rating?: number;
  departmentId?: string;
}

export interface PlanContext {
  fate: Fate;
  isMajor: boolean;
  /** Dispatched first to the wrong department, which transfers it on. */
  firstLeadId: string;
  leadId: string;
  leadName: string;
  resolution: string;
  rejection?: string;
  missing: string;
}

/**
 * The steps an appeal takes to reach its fate, with realistic delays: most stages well within
 * their clocks, some late (the statistics' on-time rate is not 100 %), a few returned for
 * information, transferred, or reopened after a low rating.
 */
export function planSteps(context: PlanContext, random: () => number): PlannedStep[] {
  const { fate, isMajor, missing } = context;
  const uniform = (low: number, high: number) => low + (high - low) * random();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const isFinished = targetOf(fate) === 'finished';
  // Officers work office hours; the few cases open now were handled by whoever was on duty, so
  // that each can stand where its fate needs it whatever day of the week the data is loaded.
  const atDesk = isFinished;
  const steps: PlannedStep[] = [];
  const ask = (by: PlannedStep['by'], hours: number, working: boolean) =>
    steps.push({
      step: 'returnForInformation',
      by,
      hours,
      working,
      note: `请补充${missing}，以便核实办理。`,
    });
  const supply = () =>
    steps.push({
      step: 'supplyInformation',
      by: 'enterprise',
      hours: uniform(3, 48),
      note: `已补充${missing}。`,
    });
  const resolveHours = () => {
    if (isMajor) return random() < 0.92 ? uniform(24, 150) : uniform(170, 280);
    return random() < 0.92 ? uniform(2, 20) : uniform(24, 60);
  };

  if (fate === 'returnedAtDispatch' || (isFinished && fate !== 'rejected' && random() < 0.03)) {
    ask('dispatcher', uniform(0.2, 1.5), atDesk);
    if (fate === 'returnedAtDispatch') return steps;
    supply();
  }
  if (fate === 'awaitingDispatch' || fate === 'overdueDispatch') return steps;
  if (fate === 'rejected') {
    steps.push({
      step: 'reject',
      by: 'dispatcher',
      hours: uniform(0.2, 1.8),
      working: atDesk,
      note: context.rejection,
    });
    return steps;
  }
  const draw = random();
  const dispatchHours = draw < 0.75 ? uniform(0.1, 1.5) : draw < 0.94 ? uniform(1.5, 1.95) : uniform(2.2, 6);
  steps.push({
    step: 'dispatch',
    by: 'dispatcher',
    hours: dispatchHours,
    working: atDesk,
    departmentId: context.firstLeadId,
  });
  if (context.firstLeadId !== context.leadId) {
    steps.push({
      step: 'transfer',
      by: 'lead',
      hours: uniform(0.5, 6),
      departmentId: context.leadId,
      note: `经核实，该事项主要由${context.leadName}负责，转其牵头办理。`,
    });
  }
  if (fate === 'awaitingAcceptance' || fate === 'overdueAcceptance') return steps;
  steps.push(
    random() < 0.9
      ? { step: 'accept', by: 'lead', hours: uniform(0.2, 6) }
      : { step: 'accept', by: 'lead', hours: uniform(1, 6), working: atDesk },
  );
  if (fate === 'accepted') return steps;
  steps.push({ step: 'start', by: 'lead', hours: uniform(0.1, 3) });
  if (fate === 'inProgress' || fate === 'overdueResolution' || fate === 'overdueToLeader') return steps;
  if (fate === 'returned' || (isFinished && random() < 0.06)) {
    ask('lead', uniform(1, 10), false);
    if (fate === 'returned') return steps;
    supply();
  }
  steps.push({ step: 'resolve', by: 'lead', hours: resolveHours(), note: context.resolution });
  if (fate === 'awaitingRating' || fate === 'neverRated') return steps;
  if (fate === 'reopened' || fate === 'reopenedThenClosed') {
    const rating = random() < 0.4 ? 1 : 2;
    steps.push({ step: 'rate', by: 'enterprise', hours: uniform(2, 72), rating, note: pick(lowRatingNotes) });
    if (fate === 'reopened') return steps;
    steps.push({
      step: 'resolve',
      by: 'lead',
      hours: resolveHours(),
      note: `经回访重新核实办理：${context.resolution}`,
    });
  }
  const score = random();
  const rating = score < 0.6 ? 5 : score < 0.88 ? 4 : 3;
  const note = rating === 5 && random() < 0.3 ? pick(praiseNotes) : undefined;
  steps.push({ step: 'rate', by: 'enterprise', hours: uniform(2, 72), rating, note });
  return steps;
}
