/**
 * The appeal workflow (企业诉求, "企业吹哨、部门报到") as a pure state machine: which steps exist,
 * which follow which, and what each step needs. Who may take a step is decided by the service.
 */
export const appealStates = [
  'submitted',
  'dispatched',
  'accepted',
  'inProgress',
  'resolved',
  'returned',
  'rejected',
  'closed',
] as const;
export type AppealState = (typeof appealStates)[number];

export const appealStateLabels: Record<AppealState, string> = {
  submitted: '已提交',
  dispatched: '已派单',
  accepted: '已报到',
  inProgress: '办理中',
  resolved: '已办结',
  returned: '退回补充材料',
  rejected: '不予受理',
  closed: '已关闭',
};

/** A step someone takes; `to` names the step, not always the resulting state (a rating decides). */
export const appealSteps = [
  'dispatch',
  'accept',
  'start',
  'resolve',
  'returnForInformation',
  'supplyInformation',
  'reject',
  'transfer',
  'rate',
] as const;
export type AppealStep = (typeof appealSteps)[number];

const stepsFrom: Record<AppealState, readonly AppealStep[]> = {
  submitted: ['dispatch', 'reject', 'returnForInformation'],
  dispatched: ['accept', 'transfer', 'returnForInformation'],
  accepted: ['start', 'transfer', 'returnForInformation'],
  inProgress: ['resolve', 'transfer', 'returnForInformation'],
  resolved: ['rate'],
  returned: ['supplyInformation'],
  rejected: [],
  closed: [],
};

/** The steps that may follow a state. */
export function allowedSteps(state: AppealState): readonly AppealStep[] {
  return stepsFrom[state];
}

export interface AppealSnapshot {
  state: AppealState;
  /** Where a returned appeal goes back to once the enterprise answers. */
  returnedFrom: AppealState | null;
  reopenCount: number;
}

export interface StepInput {
  note?: string;
  /** 1–5, for `rate`. */
  rating?: number;
  /** The new lead department, for `dispatch` and `transfer`. */
  departmentId?: string;
}

export type StepProblem = 'illegalStep' | 'noteRequired' | 'ratingOutOfRange' | 'departmentRequired';

/** Steps that must say why (a rejection, a transfer, a request for information, what was done). */
const needsNote: readonly AppealStep[] = [
  'reject',
  'transfer',
  'returnForInformation',
  'resolve',
  'supplyInformation',
];

/** A rating at or below this reopens the appeal for a return visit (回访). */
export const reopenRatingAtMost = 2;

/**
 * Applies a step to an appeal: the next snapshot, or the problem that forbids it (an illegal step
 * answers 409 in the API; a missing note or a rating outside 1–5, 400).
 */
export function applyStep(
  appeal: AppealSnapshot,
  step: AppealStep,
  input: StepInput = {},
): { next: AppealSnapshot } | { problem: StepProblem } {
  if (!stepsFrom[appeal.state].includes(step)) return { problem: 'illegalStep' };
  if (needsNote.includes(step) && !input.note?.trim()) return { problem: 'noteRequired' };
  if ((step === 'dispatch' || step === 'transfer') && !input.departmentId)
    return { problem: 'departmentRequired' };
  const keep = { returnedFrom: null, reopenCount: appeal.reopenCount };
  switch (step) {
    case 'dispatch':
    case 'transfer':
      return { next: { ...keep, state: 'dispatched' } };
    case 'accept':
      return { next: { ...keep, state: 'accepted' } };
    case 'start':
      return { next: { ...keep, state: 'inProgress' } };
    case 'resolve':
      return { next: { ...keep, state: 'resolved' } };
    case 'reject':
      return { next: { ...keep, state: 'rejected' } };
    case 'returnForInformation':
      return { next: { state: 'returned', returnedFrom: appeal.state, reopenCount: appeal.reopenCount } };
    case 'supplyInformation':
      return { next: { ...keep, state: appeal.returnedFrom ?? 'submitted' } };
    case 'rate': {
      const rating = input.rating;
      if (rating === undefined || !Number.isInteger(rating) || rating < 1 || rating > 5) {
        return { problem: 'ratingOutOfRange' };
      }
      if (rating <= reopenRatingAtMost) {
        return { next: { state: 'inProgress', returnedFrom: null, reopenCount: appeal.reopenCount + 1 } };
      }
      return { next: { ...keep, state: 'closed' } };
    }
  }
}
