import { describe, expect, it } from 'vitest';
import {
  allowedSteps,
  appealStates,
  appealSteps,
  applyStep,
  type AppealSnapshot,
  type AppealState,
} from './workflow.js';

const at = (state: AppealState, returnedFrom: AppealState | null = null): AppealSnapshot => ({
  state,
  returnedFrom,
  reopenCount: 0,
});

describe('the appeal workflow', () => {
  it('walks the whole happy path: submitted → … → closed', () => {
    let appeal = at('submitted');
    for (const [step, input, expected] of [
      ['dispatch', { departmentId: 'd1' }, 'dispatched'],
      ['accept', {}, 'accepted'],
      ['start', {}, 'inProgress'],
      ['resolve', { note: '已协调供电公司完成增容' }, 'resolved'],
      ['rate', { rating: 5 }, 'closed'],
    ] as const) {
      const result = applyStep(appeal, step, input);
      if (!('next' in result)) throw new Error(`${step}: ${result.problem}`);
      expect(result.next.state).toBe(expected);
      appeal = result.next;
    }
  });

  it('returns for information and goes back to where it was once the enterprise answers', () => {
    const returned = applyStep(at('inProgress'), 'returnForInformation', { note: '请补充用电负荷测算' });
    expect(returned).toEqual({ next: { state: 'returned', returnedFrom: 'inProgress', reopenCount: 0 } });
    if (!('next' in returned)) return;
    expect(applyStep(returned.next, 'supplyInformation', { note: '已上传测算表' })).toEqual({
      next: { state: 'inProgress', returnedFrom: null, reopenCount: 0 },
    });
  });

  it.each([
    [1, 'inProgress', 1],
    [2, 'inProgress', 1],
    [3, 'closed', 0],
    [5, 'closed', 0],
  ] as const)('a rating of %i leads to %s (reopened %i times)', (rating, state, reopened) => {
    expect(applyStep(at('resolved'), 'rate', { rating })).toEqual({
      next: { state, returnedFrom: null, reopenCount: reopened },
    });
  });

  it.each([0, 6, 2.5, undefined])('refuses a rating of %s', (rating) => {
    expect(applyStep(at('resolved'), 'rate', { rating })).toEqual({ problem: 'ratingOutOfRange' });
  });

  it.each(['reject', 'transfer', 'returnForInformation', 'resolve'] as const)('%s needs a note', (step) => {
    const state = allowedSteps('submitted').includes(step) ? 'submitted' : 'inProgress';
    expect(applyStep(at(state), step, { departmentId: 'd2', note: '  ' })).toEqual({
      problem: 'noteRequired',
    });
  });

  it('needs a department to dispatch or transfer to', () => {
    expect(applyStep(at('submitted'), 'dispatch')).toEqual({ problem: 'departmentRequired' });
    expect(applyStep(at('accepted'), 'transfer', { note: '属规建局职责' })).toEqual({
      problem: 'departmentRequired',
    });
  });

  it('refuses every step that does not follow the state (out of order)', () => {
    let refused = 0;
    for (const state of appealStates) {
      for (const step of appealSteps) {
        if (allowedSteps(state).includes(step)) continue;
        expect(applyStep(at(state), step, { note: 'x', rating: 5, departmentId: 'd' })).toEqual({
          problem: 'illegalStep',
        });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('ends at closed and rejected', () => {
    expect(allowedSteps('closed')).toEqual([]);
    expect(allowedSteps('rejected')).toEqual([]);
  });
});
