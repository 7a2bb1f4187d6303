import { createDepartment, createEnterprise, createZone } from './factories.js';
import type { TestApp } from './harness.js';

/**
 * A zone set up for appeals: a dispatch desk (企服中心), a lead department with its head, another
 * department, a leader, two enterprises with their users (the first with a liaison), and the
 * categories as seeded.
 */
export async function appealZone(t: TestApp) {
  const zone = await createZone(t.db);
  const serviceDesk = await createDepartment(t.db, zone, 'D02', '企业服务中心');
  const planning = await createDepartment(t.db, zone, 'D03', '规划建设局');
  const lead = await t.loginAs(zone, 'officer', { departmentId: zone.department.id });
  const head = await t.loginAs(zone, 'officer', { departmentId: zone.department.id, isDepartmentHead: true });
  const dispatcher = await t.loginAs(zone, 'officer', { departmentId: serviceDesk.id });
  const planner = await t.loginAs(zone, 'officer', { departmentId: planning.id });
  const liaison = await t.loginAs(zone, 'officer', { departmentId: planning.id });
  const leader = await t.loginAs(zone, 'leader');
  const own = await createEnterprise(t.db, zone, { liaisonUserId: liaison.user.id });
  const other = await createEnterprise(t.db, zone);
  const ownUser = await t.loginAs(zone, 'enterprise', { enterpriseId: own.id });
  const otherUser = await t.loginAs(zone, 'enterprise', { enterpriseId: other.id });
  const settings = await t.request({
    method: 'PUT',
    url: '/api/appeals/settings',
    cookie: dispatcher.cookie,
    payload: { dispatchDepartmentId: serviceDesk.id, clockRules: [], version: 0 },
  });
  if (settings.statusCode !== 200) throw new Error(`settings: ${settings.body}`);
  const categories = await t.request({
    method: 'GET',
    url: '/api/appeals/categories',
    cookie: ownUser.cookie,
  });
  const items = categories.json<{ items: { id: string; code: string }[] }>().items;
  const category = (code: string) => items.find((item) => item.code === code)!.id;
  return {
    zone,
    departments: { lead: zone.department, serviceDesk, planning },
    people: { lead, head, dispatcher, planner, liaison, leader, ownUser, otherUser },
    enterprises: { own, other },
    category,
  };
}
export type AppealZone = Awaited<ReturnType<typeof appealZone>>;

export type Detail = {
  id: string;
  number: string;
  state: string;
  version: number;
  allowedSteps: string[];
  canAttach: boolean;
  rating: number | null;
  reopenCount: number;
  leadDepartment: { id: string; name: string } | null;
  assistingDepartments: { id: string }[];
  clock: {
    stage: string | null;
    deadlineAt: string | null;
    isOverdue: boolean;
    isPaused: boolean;
    escalation: number;
  };
  events: {
    step: string;
    toState: string;
    actorName: string;
    note: string | null;
    rating: number | null;
    at: string;
  }[];
  attachments: { id: string; fileName: string; mediaType: string; sha256: string }[];
  description: string;
};

export function appealRequests(t: TestApp, z: AppealZone) {
  const file = (cookie: string, payload: Record<string, unknown> = {}) =>
    t.request({
      method: 'POST',
      url: '/api/appeals',
      cookie,
      payload: {
        categoryId: z.category('utilities'),
        title: '厂区变压器容量不足需增容',
        description: '新上两条生产线后用电负荷高峰期经常跳闸，请协调供电公司增容。',
        severity: 'general',
        ...payload,
      },
    });
  const step = (
    cookie: string,
    id: string,
    payload: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => t.request({ method: 'POST', url: `/api/appeals/${id}/transitions`, cookie, payload, headers });
  const read = (cookie: string, id: string) =>
    t.request({ method: 'GET', url: `/api/appeals/${id}`, cookie });
  /** Files as the enterprise and takes the given steps with the right people; answers the latest detail. */
  const walk = async (steps: string[], severity = 'general') => {
    const filed = await file(z.people.ownUser.cookie, { severity });
    if (filed.statusCode !== 201) throw new Error(filed.body);
    let detail = filed.json<Detail>();
    for (const to of steps) {
      const actor =
        to === 'dispatch'
          ? z.people.dispatcher
          : to === 'rate' || to === 'supplyInformation'
            ? z.people.ownUser
            : z.people.lead;
      const payload: Record<string, unknown> = { to, version: detail.version };
      if (to === 'dispatch') payload.departmentId = z.departments.lead.id;
      if (['resolve', 'returnForInformation', 'supplyInformation', 'reject'].includes(to))
        payload.note = '说明';
      if (to === 'rate') payload.rating = 5;
      const answer = await step(actor.cookie, detail.id, payload);
      if (answer.statusCode !== 200) throw new Error(`${to}: ${answer.body}`);
      detail = answer.json<Detail>();
    }
    return detail;
  };
  return { file, step, read, walk };
}
