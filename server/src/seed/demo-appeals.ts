import { createHash } from 'node:crypto';
import {
  addWorkingHours,
  chinaDate,
  effectiveClockPolicy,
  formatPeriod,
  parsePeriod,
  shiftPeriod,
  startOfChinaDay,
  type ClockRule,
  type Severity,
} from '@gaoxin/domain';
import type { appealAssists, appeals } from '../db/schema/index.js';
import { appealKeywords } from '../features/appeals/appeal-keywords.js';
import { fatesFor, planSteps, targetOf, type Fate } from './demo-appeal-plan.js';
import { appealTemplates, defaultMissing, fillSlots, type AppealTemplate } from './demo-appeal-texts.js';
import { AppealTimeline, type AppealEventRow, type TimelineActor } from './demo-appeal-timeline.js';

export interface AppealGeneratorOptions {
  zoneId: string;
  /** Enterprises that may appeal, each with its own user (files online, answers, rates). */
  enterprises: {
    id: string;
    userId: string;
    userName: string;
    liaisonUserId?: string | null;
    weight?: number;
  }[];
  departments: { id: string; code: string; name: string }[];
  categories: { id: string; code: string }[];
  /** The zone's staff; officers dispatch, lead and file on an enterprise's behalf. */
  users: { id: string; displayName: string; role: string; departmentId: string | null }[];
  dispatchDepartmentId: string;
  count: number;
  now: Date;
  /** Months of submissions, ending with the current month (China time); default 12. */
  months?: number;
  /** Values drawn from appeal_number_seq, one per appeal; default 1…count. */
  numbers?: readonly number[];
  /** Visits whose problem an officer turned into an appeal (转为诉求). */
  visits?: { id: string; enterpriseId: string; visitedOn: string; problem: string; visitorId: string }[];
  clockRules?: ClockRule[];
}

export interface GeneratedAppeals {
  appeals: (typeof appeals.$inferInsert)[];
  events: AppealEventRow[];
  assists: (typeof appealAssists.$inferInsert)[];
}

const hour = 3_600_000;

function weightedPicker<T>(items: readonly T[], weight: (item: T) => number, random: () => number) {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return items[low]!;
  };
}

/** A stable id per zone and appeal, so the same seed yields the same rows. */
function appealId(zoneId: string, index: number): string {
  const hex = createHash('sha1').update(`${zoneId}/appeal/${index}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Generates invented appeals for a zone (示例数据), deterministic for a random source and `now`:
 * titles and descriptions from per-category templates (so the same problems recur), lead
 * departments as a zone would route them, and every appeal's timeline replayed through the domain's
 * workflow and clocks (`AppealTimeline`), so states, deadlines, escalations and missed deadlines
 * are what the API and the clock job would have produced. The first three appeals belong to the
 * first enterprise (the demo's own sign-in): one awaiting its rating, one returned for
 * information, one closed. The demo loads a few hundred; the benchmark reuses it for 100,000.
 */
export function generateAppeals(random: () => number, options: AppealGeneratorOptions): GeneratedAppeals {
  const { zoneId, count } = options;
  const now = options.now.getTime();
  const months = options.months ?? 12;
  const thisMonth = chinaDate(now).slice(0, 7);
  const windowStart = startOfChinaDay(`${formatPeriod(shiftPeriod(parsePeriod(thisMonth), 1 - months))}-01`);
  const uniform = (low: number, high: number) => low + (high - low) * random();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const officersOf = new Map<string, TimelineActor[]>();
  for (const user of options.users) {
    if (user.role !== 'officer' || !user.departmentId) continue;
    officersOf.set(user.departmentId, [
      ...(officersOf.get(user.departmentId) ?? []),
      { id: user.id, name: user.displayName },
    ]);
  }
  const dispatchers = officersOf.get(options.dispatchDepartmentId) ?? [];
  if (dispatchers.length === 0) throw new Error('the dispatch department has no officer');
  const staffed = options.departments.filter((department) => officersOf.has(department.id));
  const departmentOf = (code: string) =>
    staffed.find((department) => department.code === code) ?? pick(staffed);
  const categoryOf = new Map(options.categories.map((category) => [category.code, category.id]));
  const officerById = new Map(
    options.users.map((user) => [user.id, { id: user.id, name: user.displayName }]),
  );
  const pickEnterprise = weightedPicker(options.enterprises, (item) => item.weight ?? 1, random);
  const pickTemplate = weightedPicker(appealTemplates, (item) => item.weight, random);
  const pickRejectable = weightedPicker(
    appealTemplates.filter((template) => template.rejection),
    (item) => item.weight,
    random,
  );
  const policyFor = (categoryId: string, severity: Severity) =>
    effectiveClockPolicy(options.clockRules ?? [], categoryId, severity);
  const keywordCache = new Map<string, string[]>();

  const ownFates: Fate[] = ['awaitingRating', 'returned', 'closed'];
  const fates = [...ownFates, ...fatesFor(count - 3, random)].slice(0, count);
  // Visits whose problem became an appeal: some of the finished ones, filed the afternoon of the visit.
  const enterpriseById = new Map(options.enterprises.map((enterprise) => [enterprise.id, enterprise]));
  const visitQueue = (options.visits ?? []).filter(
    (visit) =>
      enterpriseById.has(visit.enterpriseId) &&
      officerById.has(visit.visitorId) &&
      startOfChinaDay(visit.visitedOn) >= windowStart &&
      startOfChinaDay(visit.visitedOn) < now - 30 * 24 * hour &&
      appealTemplates.some((template) => template.visitWords?.test(visit.problem)),
  );

  const built: { appeal: typeof appeals.$inferInsert; events: AppealEventRow[]; assists: string[] }[] = [];
  fates.forEach((fate, index) => {
    const visit = fate === 'closed' && index > 2 && random() < 0.1 ? visitQueue.shift() : undefined;
    const enterprise = visit
      ? enterpriseById.get(visit.enterpriseId)!
      : index < 3
        ? options.enterprises[0]!
        : pickEnterprise();
    const template: AppealTemplate = visit
      ? appealTemplates.find((candidate) => candidate.visitWords?.test(visit.problem))!
      : fate === 'rejected'
        ? pickRejectable()
        : pickTemplate();
    const severity: Severity = random() < 0.12 ? 'major' : 'general';
    const categoryId =
      categoryOf.get(template.category) ?? categoryOf.get('other') ?? options.categories[0]!.id;
    const policy = policyFor(categoryId, severity);
    const title = visit ? visit.problem : fillSlots(pick(template.titles), random);
    const description = fillSlots(pick(template.descriptions), random);
    const keywordKey = `${title}\u0000${description}`;
    const keywords = keywordCache.get(keywordKey) ?? appealKeywords(title, description);
    keywordCache.set(keywordKey, keywords);

    // Who files: the enterprise online, or an officer on its behalf (its liaison, or the desk taking a call).
    const target = targetOf(fate);
    const byOfficer = !visit && target === 'finished' && index > 2 && random() < 0.15;
    const filer: TimelineActor = visit
      ? officerById.get(visit.visitorId)!
      : byOfficer
        ? ((enterprise.liaisonUserId ? officerById.get(enterprise.liaisonUserId) : undefined) ??
          pick(dispatchers))
        : { id: enterprise.userId, name: enterprise.userName };
    const channel = visit ? 'visit' : byOfficer ? 'officer' : 'portal';

    const lead = departmentOf(template.lead);
    const transferred = target === 'finished' && fate !== 'rejected' && random() < 0.07;
    const firstLead = transferred ? pick(staffed.filter((department) => department.id !== lead.id)) : lead;
    const assists =
      random() < 0.25
        ? [...new Set([...template.assists.map(departmentOf), ...(random() < 0.3 ? [pick(staffed)] : [])])]
            .map((department) => department.id)
            .filter((id) => id !== lead.id && id !== firstLead.id)
        : [];
    const leadOfficer = pick(officersOf.get(lead.id)!);
    const firstLeadOfficer = pick(officersOf.get(firstLead.id)!);
    const dispatcher = pick(dispatchers);

    const actions = planSteps(
      {
        fate,
        isMajor: severity === 'major',
        firstLeadId: firstLead.id,
        leadId: lead.id,
        leadName: lead.name,
        resolution: fillSlots(template.resolution, random),
        rejection: template.rejection,
        missing: template.missing ?? defaultMissing,
      },
      random,
    );

    const id = appealId(zoneId, index);
    const simulate = (submittedAt: number) => {
      const timeline = new AppealTimeline({ zoneId, id, severity, policy }, submittedAt, filer);
      let leadActor = firstLeadOfficer;
      let at = submittedAt;
      for (const action of actions) {
        const wanted = action.working
          ? addWorkingHours(new Date(at), action.hours).getTime()
          : at + action.hours * hour;
        at = Math.max(Math.round(wanted / 1000) * 1000, timeline.last + 60_000);
        const actor =
          action.by === 'dispatcher'
            ? dispatcher
            : action.by === 'enterprise'
              ? { id: enterprise.userId, name: enterprise.userName }
              : leadActor;
        timeline.take(action.step, at, actor, {
          note: action.note,
          rating: action.rating,
          departmentId: action.departmentId,
        });
        if (action.step === 'transfer') leadActor = leadOfficer;
        at = timeline.last;
      }
      return timeline;
    };

    // When it was filed: finished ones anywhere in the window; open ones placed so that now falls
    // where the fate needs it (on time, late by so much, waiting so long), found by a few re-runs.
    let submittedAt: number;
    if (visit) submittedAt = startOfChinaDay(visit.visitedOn) + uniform(15, 17.5) * hour;
    else if (target === 'finished')
      submittedAt = officeTime(uniform(windowStart, now - 2 * 24 * hour), byOfficer, random);
    else submittedAt = now - 10 * 24 * hour;
    let fraction = uniform(0.1, 0.8);
    let lateBy = target === 'lateToLeader' ? uniform(26, 70) * hour : uniform(0.5, 20) * hour;
    const waited = uniform(2, 60) * hour;
    const placed = (run: AppealTimeline) => {
      const deadline = run.deadlineAt ?? run.last;
      if (target === 'running') return now > run.last + 5 * 60_000 && now < deadline - 10 * 60_000;
      if (target === 'waiting') return now - run.last >= hour && now - run.last <= 72 * hour;
      if (target === 'late') return now - deadline >= 0.25 * hour && now - deadline <= 22 * hour;
      if (target === 'lateAny') return now - deadline >= 0.25 * hour && now - deadline <= 96 * hour;
      return now - deadline >= 25 * hour && now - deadline <= 96 * hour;
    };
    let timeline = simulate(submittedAt);
    for (let attempt = 0; attempt < 12 && target !== 'finished' && !placed(timeline); attempt += 1) {
      const deadline = timeline.deadlineAt ?? timeline.last;
      const wantedNow =
        target === 'running'
          ? timeline.last + fraction * (deadline - timeline.last)
          : target === 'waiting'
            ? timeline.last + waited
            : deadline + lateBy;
      submittedAt = Math.round((submittedAt + now - wantedNow) / 1000) * 1000;
      timeline = simulate(submittedAt);
      // Working-hour deadlines jump over nights and weekends; aim closer to the edge each time.
      if (attempt >= 2) {
        fraction /= 2;
        lateBy = target === 'lateToLeader' ? (lateBy + 26 * hour) / 2 : (lateBy + 0.5 * hour) / 2;
      }
    }
    // A dispatch deadline can sit across a weekend from now: then search back half an hour at a time.
    const latest = now - (timeline.last - submittedAt);
    for (let back = 0; target !== 'finished' && !placed(timeline) && back <= 14 * 24; back += 0.5) {
      submittedAt = latest - back * hour;
      timeline = simulate(submittedAt);
    }
    // Whatever the fate, nothing may lie in the future: move the whole case back if it does.
    while (timeline.last >= now - 60_000) {
      submittedAt -= timeline.last - now + uniform(1, 48) * hour;
      timeline = simulate(submittedAt);
    }
    const progress = timeline.finish(now);
    built.push({
      appeal: {
        id,
        zoneId,
        number: '',
        enterpriseId: enterprise.id,
        categoryId,
        title,
        description,
        severity,
        channel,
        visitId: visit?.id ?? null,
        filedBy: filer.id,
        filedByName: filer.name,
        submittedAt: new Date(submittedAt),
        keywords,
        ...progress,
      },
      events: timeline.events,
      // Departments are asked to assist when the case is dispatched; one never dispatched has none.
      assists: timeline.events.some((event) => event.step === 'dispatch') ? assists : [],
    });
  });

  // Numbers follow filing order, as the sequence hands them out (SQ + year of filing + six digits).
  built.sort((a, b) => a.appeal.submittedAt.getTime() - b.appeal.submittedAt.getTime());
  built.forEach(({ appeal }, index) => {
    const value = options.numbers?.[index] ?? index + 1;
    appeal.number = `SQ${chinaDate(appeal.submittedAt).slice(0, 4)}${String(value).padStart(6, '0')}`;
  });
  return {
    appeals: built.map((item) => item.appeal),
    events: built.flatMap((item) => item.events),
    assists: built.flatMap((item) =>
      item.assists.map((departmentId) => ({ appealId: item.appeal.id!, departmentId, zoneId })),
    ),
  };
}

/**
 * A filing time near `at`: an officer files during office hours on a weekday; an enterprise
 * online mostly in the daytime, now and then in the evening or at the weekend.
 */
function officeTime(at: number, byOfficer: boolean, random: () => number): number {
  let day = startOfChinaDay(chinaDate(at));
  const weekday = () => new Date(day + 8 * hour).getUTCDay();
  // Weekend days move to the next Monday, which stays inside the window the day was drawn from.
  if (byOfficer || random() < 0.85) {
    while (weekday() === 0 || weekday() === 6) day += 24 * hour;
  }
  const hours = byOfficer ? 9 + random() * 8 : random() < 0.85 ? 8.5 + random() * 9.5 : 18 + random() * 4;
  return Math.round((day + hours * hour) / 1000) * 1000;
}
