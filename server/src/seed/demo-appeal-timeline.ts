import {
  applyStep,
  clockStatus,
  resumedDeadline,
  stageDeadline,
  type AppealSnapshot,
  type AppealStep,
  type ClockPolicy,
  type ClockStage,
  type Severity,
  type StepInput,
} from '@gaoxin/domain';
import type { appealEvents, appeals } from '../db/schema/index.js';

export type AppealEventRow = typeof appealEvents.$inferInsert;
/** The columns of an appeal that its steps and clock decide. */
export type AppealProgress = Pick<
  typeof appeals.$inferInsert,
  | 'state'
  | 'returnedFrom'
  | 'reopenCount'
  | 'leadDepartmentId'
  | 'clockStage'
  | 'stageStartedAt'
  | 'deadlineAt'
  | 'pausedSince'
  | 'pausedTotalMs'
  | 'escalation'
  | 'missedDeadlines'
  | 'resolution'
  | 'resolvedAt'
  | 'rating'
  | 'ratedAt'
  | 'closedAt'
  | 'version'
  | 'updatedAt'
>;

export interface TimelineActor {
  id: string;
  name: string;
}

const minute = 60_000;
/** Steps that end the running stage, as the transition service counts missed deadlines. */
const stageEnding: readonly AppealStep[] = ['dispatch', 'transfer', 'accept', 'resolve', 'reject'];
/** The clock job's name and notes on the timeline. */
export const clockJobName = '系统（时限监控）';
const levelNotes = { 1: '已提醒部门负责人', 2: '已报区领导督办' } as const;

/**
 * One appeal's life replayed step by step, keeping the stored clock exactly as the transition
 * service and the clock job (which runs every minute) would have: so seeded appeals read, escalate
 * and continue like appeals filed through the API. An illegal step or a step back in time throws.
 */
export class AppealTimeline {
  readonly events: AppealEventRow[] = [];
  private snapshot: AppealSnapshot = { state: 'submitted', returnedFrom: null, reopenCount: 0 };
  private progress: AppealProgress;
  private deadline: number | null = null;
  private pausedSince: number | null = null;
  /** The time of the last event. */
  last: number;

  constructor(
    private readonly appeal: {
      zoneId: string;
      id: string;
      severity: Severity;
      policy: ClockPolicy;
    },
    submittedAt: number,
    filer: TimelineActor,
  ) {
    this.last = submittedAt;
    this.progress = {
      state: 'submitted',
      returnedFrom: null,
      reopenCount: 0,
      pausedTotalMs: 0,
      escalation: 0,
      missedDeadlines: 0,
      version: 0,
      updatedAt: new Date(submittedAt),
    };
    this.startStage('dispatch', submittedAt);
    this.push('submit', null, 'submitted', filer, submittedAt, {});
  }

  get state() {
    return this.snapshot.state;
  }

  /** The running stage's deadline (null when no clock runs). */
  get deadlineAt(): number | null {
    return this.deadline;
  }

  private startStage(stage: ClockStage, at: number): void {
    this.deadline = stageDeadline(stage, new Date(at), this.appeal.severity, 0, this.appeal.policy).getTime();
    Object.assign(this.progress, {
      clockStage: stage,
      stageStartedAt: new Date(at),
      deadlineAt: new Date(this.deadline),
      escalation: 0,
    });
  }

  private push(
    step: string,
    from: string | null,
    to: string,
    actor: TimelineActor | null,
    at: number,
    extra: Partial<AppealEventRow>,
  ) {
    this.events.push({
      zoneId: this.appeal.zoneId,
      appealId: this.appeal.id,
      step,
      fromState: from,
      toState: to,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? clockJobName,
      note: null,
      departmentId: null,
      rating: null,
      escalation: null,
      at: new Date(at),
      ...extra,
    });
    this.last = at;
  }

  /**
   * What the clock job does before `until`: a running clock past its deadline is escalated at the
   * job's first run after the deadline (the department head), and again once it is
   * `leaderAfterHours` late (the leader). A paused clock is never escalated.
   */
  runClockUntil(until: number): void {
    const policy = this.appeal.policy;
    while (this.deadline !== null && this.pausedSince === null && (this.progress.escalation ?? 0) < 2) {
      const level = (this.progress.escalation ?? 0) + 1;
      const due =
        level === 1
          ? Math.floor(this.deadline / minute) * minute + minute
          : Math.ceil((this.deadline + policy.leaderAfterHours * 3_600_000) / minute) * minute;
      const tick = Math.max(due, Math.floor(this.last / minute) * minute + minute);
      if (tick >= until) return;
      const reached = clockStatus(new Date(this.deadline), new Date(tick), policy).escalation;
      this.progress.escalation = reached;
      const state = this.snapshot.state;
      this.push('escalate', state, state, null, tick, {
        note: levelNotes[reached as 1 | 2],
        escalation: reached,
      });
    }
  }

  /** Takes one step at `at` (the clock job's escalations before it first). */
  take(step: AppealStep, at: number, actor: TimelineActor, input: StepInput = {}): void {
    if (at <= this.last)
      throw new Error(`step ${step} at ${new Date(at).toISOString()} is not after the last`);
    this.runClockUntil(at);
    if (at <= this.last) throw new Error(`step ${step} collides with an escalation`);
    const from = this.snapshot.state;
    const result = applyStep(this.snapshot, step, input);
    if (!('next' in result)) throw new Error(`${step} from ${from}: ${result.problem}`);
    const next = result.next;
    const changes = this.progress;
    const running = this.deadline !== null && this.pausedSince === null;
    if (stageEnding.includes(step) && running && at > this.deadline!) {
      changes.missedDeadlines = (changes.missedDeadlines ?? 0) + 1;
    }
    const stopClock = () => {
      this.deadline = null;
      Object.assign(changes, { clockStage: null, deadlineAt: null, escalation: 0 });
    };
    switch (step) {
      case 'dispatch':
      case 'transfer':
        changes.leadDepartmentId = input.departmentId;
        this.startStage('accept', at);
        break;
      case 'accept':
        this.startStage('resolve', at);
        break;
      case 'resolve':
        stopClock();
        changes.resolution = input.note;
        changes.resolvedAt = new Date(at);
        break;
      case 'reject':
        stopClock();
        changes.closedAt = new Date(at);
        break;
      case 'returnForInformation':
        this.pausedSince = at;
        changes.pausedSince = new Date(at);
        break;
      case 'supplyInformation':
        if (this.pausedSince !== null && this.deadline !== null) {
          this.deadline = resumedDeadline(
            new Date(this.deadline),
            new Date(this.pausedSince),
            new Date(at),
            (this.progress.clockStage as ClockStage | null | undefined) ?? null,
          ).getTime();
          changes.deadlineAt = new Date(this.deadline);
          changes.pausedTotalMs = (changes.pausedTotalMs ?? 0) + (at - this.pausedSince);
        }
        this.pausedSince = null;
        changes.pausedSince = null;
        break;
      case 'rate':
        changes.rating = input.rating;
        changes.ratedAt = new Date(at);
        if (next.state === 'closed') changes.closedAt = new Date(at);
        else {
          // Reopened: not resolved any more, as transitionAppeal has it.
          this.startStage('resolve', at);
          changes.resolvedAt = null;
        }
        break;
      case 'start':
        break;
    }
    Object.assign(changes, {
      state: next.state,
      returnedFrom: next.returnedFrom,
      reopenCount: next.reopenCount,
      version: (changes.version ?? 0) + 1,
      updatedAt: new Date(at),
    });
    this.snapshot = next;
    this.push(step, from, next.state, actor, at, {
      note: input.note ?? null,
      departmentId: step === 'dispatch' || step === 'transfer' ? input.departmentId : null,
      rating: step === 'rate' ? input.rating : null,
    });
  }

  /** The appeal's columns as they stand after the last step (and the clock job up to `now`). */
  finish(now: number): AppealProgress {
    this.runClockUntil(now);
    return { ...this.progress };
  }
}
