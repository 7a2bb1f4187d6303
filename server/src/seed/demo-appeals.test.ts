import { describe, expect, it } from 'vitest';
import {
  applyStep,
  chinaDate,
  clockStatus,
  defaultAppealCategories,
  defaultClockPolicy,
  formatPeriod,
  parsePeriod,
  pauseIntervals,
  pausedMilliseconds,
  readClock,
  shiftPeriod,
  stageDeadlineAcrossPauses,
  startOfChinaDay,
  type AppealSnapshot,
  type AppealState,
  type AppealStep,
  type ClockStage,
  type Severity,
} from '@gaoxin/domain';
import { appealKeywords } from '../features/appeals/appeal-keywords.js';
import { generateAppeals, type AppealGeneratorOptions, type GeneratedAppeals } from './demo-appeals.js';
import { seededRandom } from './demo-zone.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const departments = ['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07'].map((code, index) => ({
  id: id(100 + index),
  code,
  name: `部门${code}`,
}));
const officers = departments.flatMap((department, index) => [
  { id: id(200 + index), displayName: `${department.code}甲`, role: 'officer', departmentId: department.id },
  { id: id(300 + index), displayName: `${department.code}乙`, role: 'officer', departmentId: department.id },
]);
const options = (now: string, count = 300): AppealGeneratorOptions => ({
  zoneId: id(1),
  enterprises: Array.from({ length: 120 }, (_, index) => ({
    id: id(1000 + index),
    userId: id(5000 + index),
    userName: `企业${index}填报员`,
    liaisonUserId: index % 5 === 0 ? officers[index % officers.length]!.id : null,
    weight: index === 0 ? 4 : 1,
  })),
  departments,
  categories: defaultAppealCategories.map((category, index) => ({
    id: id(400 + index),
    code: category.code,
  })),
  users: [...officers, { id: id(9), displayName: '领导', role: 'leader', departmentId: null }],
  dispatchDepartmentId: departments[2]!.id,
  count,
  now: new Date(now),
});

/** Steps that start a stage's clock, and the stage they start. */
const stageStarted = (step: string, toState: string): ClockStage | null =>
  step === 'submit'
    ? 'dispatch'
    : step === 'dispatch' || step === 'transfer'
      ? 'accept'
      : step === 'accept' || (step === 'rate' && toState === 'inProgress')
        ? 'resolve'
        : null;
const stageEnding = ['dispatch', 'transfer', 'accept', 'resolve', 'reject'];
const finishedStates = ['resolved', 'rejected', 'closed'];

/**
 * Checks one generated data set against the domain's own rules, recomputed from the events alone:
 * every step legal from the state before it, times in order, the stored clock, escalations, missed
 * deadlines and outcome columns what the services would have written.
 */
function checkAgainstWorkflow(data: GeneratedAppeals, settings: AppealGeneratorOptions) {
  const now = settings.now.getTime();
  const windowStart = startOfChinaDay(
    `${formatPeriod(shiftPeriod(parsePeriod(chinaDate(now).slice(0, 7)), -11))}-01`,
  );
  const departmentOf = new Map(officers.map((officer) => [officer.id, officer.departmentId]));
  const enterpriseUser = new Map(settings.enterprises.map((item) => [item.id, item.userId]));
  const eventsOf = new Map<string, GeneratedAppeals['events']>();
  for (const event of data.events)
    eventsOf.set(event.appealId, [...(eventsOf.get(event.appealId) ?? []), event]);

  for (const appeal of data.appeals) {
    const where = `${appeal.number} (${appeal.state})`;
    const severity = appeal.severity as Severity;
    const events = eventsOf.get(appeal.id!) ?? [];
    const times = events.map((event) => event.at.getTime());
    expect(times, where).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size, where).toBe(times.length);
    expect(Math.max(...times), where).toBeLessThan(now);
    expect(appeal.submittedAt.getTime(), where).toBeGreaterThanOrEqual(windowStart);
    expect(events[0], where).toMatchObject({ step: 'submit', fromState: null, toState: 'submitted' });
    expect(events[0]!.at, where).toEqual(appeal.submittedAt);
    expect(events[0]!.actorId, where).toBe(appeal.filedBy);
    expect(appeal.keywords, where).toEqual(appealKeywords(appeal.title, appeal.description));
    expect(appeal.number, where).toMatch(
      new RegExp(`^SQ${chinaDate(appeal.submittedAt).slice(0, 4)}\\d{6}$`),
    );

    const states = events.map((event) => ({ state: event.toState, at: event.at }));
    const deadlineAt = (stage: ClockStage, start: Date, until: Date) =>
      stageDeadlineAcrossPauses(stage, start, severity, pauseIntervals(states, start, until)).getTime();
    let snapshot: AppealSnapshot = { state: 'submitted', returnedFrom: null, reopenCount: 0 };
    let stage: { name: ClockStage; start: Date } | null = { name: 'dispatch', start: appeal.submittedAt };
    let lead: string | null = null;
    let escalation = 0;
    let missed = 0;
    let transitions = 0;
    for (const event of events.slice(1)) {
      const at = event.at;
      if (event.step === 'escalate') {
        // The clock job: only a running clock past its deadline, one level up at a time.
        expect(event, where).toMatchObject({
          fromState: snapshot.state,
          toState: snapshot.state,
          actorId: null,
        });
        expect(stage, where).not.toBeNull();
        expect(snapshot.state, where).not.toBe('returned');
        const deadline = deadlineAt(stage!.name, stage!.start, at);
        expect(at.getTime(), where).toBeGreaterThan(deadline);
        expect(event.escalation, where).toBe(clockStatus(new Date(deadline), at).escalation);
        expect(event.escalation!, where).toBeGreaterThan(escalation);
        escalation = event.escalation!;
        continue;
      }
      expect(event.fromState, `${where} ${event.step}`).toBe(snapshot.state);
      const result = applyStep(snapshot, event.step as AppealStep, {
        note: event.note ?? undefined,
        rating: event.rating ?? undefined,
        departmentId: event.departmentId ?? undefined,
      });
      if (!('next' in result))
        throw new Error(`${where}: ${event.step} from ${snapshot.state} is ${result.problem}`);
      expect(event.toState, `${where} ${event.step}`).toBe(result.next.state);
      // Who may take it: the dispatch desk before dispatch, the lead department after, the enterprise answers.
      const actorDepartment = departmentOf.get(event.actorId ?? '');
      if (['dispatch', 'reject'].includes(event.step) || (event.step === 'returnForInformation' && !lead)) {
        expect(actorDepartment, `${where} ${event.step}`).toBe(settings.dispatchDepartmentId);
      } else if (['rate', 'supplyInformation'].includes(event.step)) {
        expect(event.actorId, `${where} ${event.step}`).toBe(enterpriseUser.get(appeal.enterpriseId));
      } else {
        expect(actorDepartment, `${where} ${event.step}`).toBe(lead);
      }
      if (
        stageEnding.includes(event.step) &&
        stage &&
        at.getTime() > deadlineAt(stage.name, stage.start, at)
      ) {
        missed += 1;
      }
      if (event.step === 'dispatch' || event.step === 'transfer') lead = event.departmentId ?? null;
      const started = stageStarted(event.step, event.toState);
      if (started) stage = { name: started, start: at };
      if (['resolve', 'reject'].includes(event.step) || event.toState === 'closed') stage = null;
      if (started || stage === null) escalation = 0;
      snapshot = result.next;
      transitions += 1;
    }

    expect(
      { state: appeal.state, returnedFrom: appeal.returnedFrom, reopenCount: appeal.reopenCount },
      where,
    ).toEqual(snapshot);
    expect(appeal.version, where).toBe(transitions);
    expect(appeal.leadDepartmentId ?? null, where).toBe(lead);
    expect(appeal.missedDeadlines, where).toBe(missed);
    expect(appeal.escalation, where).toBe(escalation);
    const last = (step: string) => events.findLast((event) => event.step === step);
    expect(appeal.updatedAt, where).toEqual(events.findLast((event) => event.step !== 'escalate')!.at);
    // Resolved until a low rating reopens it.
    const resolvedNow = ['resolved', 'closed'].includes(snapshot.state);
    expect(appeal.resolvedAt ?? null, where).toEqual(resolvedNow ? (last('resolve')?.at ?? null) : null);
    expect(appeal.resolution ?? null, where).toBe(last('resolve')?.note ?? null);
    expect(appeal.rating ?? null, where).toBe(last('rate')?.rating ?? null);
    expect(appeal.ratedAt ?? null, where).toEqual(last('rate')?.at ?? null);
    const closing = events.find((event) => event.toState === 'closed' || event.toState === 'rejected');
    expect(appeal.closedAt ?? null, where).toEqual(closing?.at ?? null);

    // The stored clock: the stage that runs, its deadline net of waiting, paused while returned.
    const returned = snapshot.state === 'returned';
    const pausedSince = returned ? events.at(-1)!.at : null;
    expect(appeal.pausedSince ?? null, where).toEqual(pausedSince);
    const completedPauses = pausedMilliseconds(states, appeal.submittedAt, pausedSince ?? new Date(now));
    expect(appeal.pausedTotalMs, where).toBe(completedPauses);
    if (finishedStates.includes(snapshot.state)) {
      expect([appeal.clockStage, appeal.deadlineAt], where).toEqual([null, null]);
      continue;
    }
    expect(appeal.clockStage, where).toBe(stage!.name);
    expect(appeal.stageStartedAt, where).toEqual(stage!.start);
    const deadline = deadlineAt(stage!.name, stage!.start, pausedSince ?? new Date(now));
    expect(appeal.deadlineAt?.getTime(), where).toBe(deadline);
    if (!returned && now - deadline >= 60_000) {
      expect(appeal.escalation, where).toBe(clockStatus(new Date(deadline), new Date(now)).escalation);
    }
    if (!returned && deadline > now) expect(appeal.escalation, where).toBe(0);
  }

  const numbers = data.appeals.map((appeal) => Number(appeal.number.slice(6)));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(new Set(numbers).size).toBe(numbers.length);
  for (const assist of data.assists) {
    const appeal = data.appeals.find((item) => item.id === assist.appealId)!;
    expect(assist.departmentId).not.toBe(appeal.leadDepartmentId);
    expect(eventsOf.get(appeal.id!)!.some((event) => event.step === 'dispatch')).toBe(true);
  }
}

/** Load times that test the working-hours clock: a Sunday, a Monday before 9:30, a Friday evening, a weekday. */
const moments = [
  '2026-11-22T05:00:00Z',
  '2026-11-23T01:10:00Z',
  '2026-11-20T10:00:00Z',
  '2027-03-17T02:00:00Z',
];

describe('the appeal generator', () => {
  it.each(moments)('obeys the workflow and the clocks when loaded at %s', (now) => {
    const settings = options(now);
    const data = generateAppeals(seededRandom(20260103), settings);
    expect(data.appeals).toHaveLength(300);
    checkAgainstWorkflow(data, settings);

    const at = new Date(now);
    const clocks = data.appeals.map((appeal) =>
      readClock(
        {
          stage: appeal.clockStage as ClockStage | null,
          deadlineAt: appeal.deadlineAt ?? null,
          pausedSince: appeal.pausedSince ?? null,
        },
        at,
        defaultClockPolicy.leaderAfterHours,
      ),
    );
    const overdue = data.appeals.filter((_, index) => clocks[index]!.isOverdue);
    expect(overdue).toHaveLength(5);
    expect(overdue.some((appeal) => appeal.escalation === 2)).toBe(true);
    expect(overdue.filter((appeal) => appeal.escalation === 1).length).toBeGreaterThanOrEqual(2);
    const count = (state: AppealState) => data.appeals.filter((appeal) => appeal.state === state).length;
    const open = data.appeals.filter((appeal) => !finishedStates.includes(appeal.state)).length;
    expect(open / 300).toBeGreaterThan(0.1);
    expect(open / 300).toBeLessThan(0.2);
    for (const state of ['submitted', 'dispatched', 'accepted', 'inProgress'] as const) {
      expect(count(state), state).toBeGreaterThanOrEqual(3);
    }
    expect(count('returned')).toBe(2);
    expect(
      data.appeals.filter((appeal) => appeal.pausedSince).every((appeal) => appeal.state === 'returned'),
    ).toBe(true);
    const rated = data.appeals.filter((appeal) => appeal.state === 'closed');
    expect(rated.filter((appeal) => appeal.rating! >= 4).length / rated.length).toBeGreaterThan(0.75);
    expect(rated.filter((appeal) => (appeal.reopenCount ?? 0) > 0).length).toBeGreaterThanOrEqual(5);
    const resolved = data.appeals.filter((appeal) => appeal.resolvedAt);
    const onTime = resolved.filter((appeal) => appeal.missedDeadlines === 0).length / resolved.length;
    expect(onTime).toBeGreaterThan(0.7);
    expect(onTime).toBeLessThan(0.95);
    const own = data.appeals.filter((appeal) => appeal.enterpriseId === settings.enterprises[0]!.id);
    expect(own.some((appeal) => appeal.state === 'resolved' && !appeal.rating)).toBe(true);
    expect(own.some((appeal) => appeal.state === 'returned')).toBe(true);
    expect(own.some((appeal) => appeal.state === 'closed')).toBe(true);
  });

  it('is deterministic for a seed and a load time', () => {
    const settings = options(moments[0]!, 60);
    const first = generateAppeals(seededRandom(5), settings);
    expect(generateAppeals(seededRandom(5), settings)).toEqual(first);
    const titles = (data: GeneratedAppeals) => data.appeals.map((appeal) => appeal.title);
    expect(titles(generateAppeals(seededRandom(6), settings))).not.toEqual(titles(first));
  });

  it('turns problems raised on visits into appeals the visitor filed that afternoon', () => {
    const settings = options(moments[0]!);
    const visitor = officers[0]!;
    settings.visits = Array.from({ length: 40 }, (_, index) => ({
      id: id(7000 + index),
      enterpriseId: settings.enterprises[index + 1]!.id,
      visitedOn: `2026-0${1 + (index % 8)}-1${index % 10}`,
      problem: index % 2 === 0 ? '用电增容申请进度慢' : '技术工人招聘困难',
      visitorId: visitor.id,
    }));
    const data = generateAppeals(seededRandom(20260103), settings);
    checkAgainstWorkflow(data, settings);
    const fromVisits = data.appeals.filter((appeal) => appeal.channel === 'visit');
    expect(fromVisits.length).toBeGreaterThanOrEqual(10);
    for (const appeal of fromVisits) {
      const visit = settings.visits.find((item) => item.id === appeal.visitId)!;
      expect(appeal).toMatchObject({
        enterpriseId: visit.enterpriseId,
        title: visit.problem,
        filedBy: visitor.id,
      });
      expect(chinaDate(appeal.submittedAt)).toBe(visit.visitedOn);
      expect(appeal.state).toBe('closed');
    }
  });

  it('spreads the categories, departments and recurring words the statistics show', () => {
    const data = generateAppeals(seededRandom(20260103), options(moments[0]!));
    const categories = new Set(data.appeals.map((appeal) => appeal.categoryId));
    expect(categories.size).toBe(defaultAppealCategories.length);
    const leads = new Set(data.appeals.map((appeal) => appeal.leadDepartmentId).filter(Boolean));
    expect(leads.size).toBe(departments.length);
    const words = new Map<string, number>();
    for (const word of data.appeals.flatMap((appeal) => appeal.keywords ?? []))
      words.set(word, (words.get(word) ?? 0) + 1);
    for (const word of ['增容', '贷款', '招聘', '货车', '施工', '补贴', '专利', '路灯']) {
      expect(words.get(word) ?? 0, word).toBeGreaterThanOrEqual(5);
    }
  });
});
