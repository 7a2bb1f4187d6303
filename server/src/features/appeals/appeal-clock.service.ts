import { sql } from 'drizzle-orm';
import { clockStatus } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import type { OutboundNotice } from '../inbox/outbound.js';
import { noticesForEscalation } from './appeal-notices.js';
import { insertAppealEvent } from './appeals.repository.js';
import { loadAppealRules, policyOf, type AppealRules } from './appeals.service.js';

type OverdueRow = {
  id: string;
  zone_id: string;
  state: string;
  category_id: string;
  severity: string;
  deadline_at: Date | string;
  escalation: number;
  enterprise_id: string;
  filed_by: string;
  lead_department_id: string | null;
  lead_department_name: string | null;
  liaison_user_id: string | null;
};

const systemActor = '系统（时限监控）';
const levelNames = { 1: '已提醒部门负责人', 2: '已报区领导督办' } as const;

/**
 * Runs the appeals' clocks at `now`: every running clock past its deadline is escalated one level
 * at a time (department head, then the leader), with a timeline entry and inbox messages. Everything
 * comes from stored instants, so a restart between two runs changes nothing, and a conditional update
 * makes two processes running at once escalate each appeal once.
 */
export async function runAppealClocks(db: Db, now: Date, batchSize = 500) {
  const overdue = await db.execute<OverdueRow>(sql`
    select a.id, a.zone_id, a.state, a.category_id, a.severity, a.deadline_at, a.escalation,
           a.enterprise_id, a.filed_by, a.lead_department_id, d.name as lead_department_name,
           e.liaison_user_id
    from appeals a
    join enterprises e on e.id = a.enterprise_id
    left join departments d on d.id = a.lead_department_id
    where a.deadline_at is not null and a.paused_since is null and a.deadline_at < ${now.toISOString()}
      and a.escalation < 2
    order by a.deadline_at
    limit ${batchSize}`);
  const rulesByZone = new Map<string, AppealRules>();
  let escalated = 0;
  const notices: OutboundNotice[] = [];
  for (const row of overdue.rows) {
    let rules = rulesByZone.get(row.zone_id);
    if (!rules) {
      rules = await loadAppealRules(db, row.zone_id, now);
      rulesByZone.set(row.zone_id, rules);
    }
    const policy = policyOf(rules.clockRules, row.category_id, row.severity);
    const level = clockStatus(new Date(row.deadline_at), now, policy).escalation;
    if (level <= row.escalation) continue;
    const zoneRules = rules;
    const sent = await db.transaction(async (tx) => {
      // The row changed, so `updated_at` moves; `version` does not: it guards what people decide
      // from what they read (state, department, deadline), and an alert changes none of that, so a
      // step taken on the page read just before stays valid instead of answering 409.
      const updated = await tx.execute(sql`
        update appeals set escalation = ${level}, updated_at = ${now.toISOString()}
        where id = ${row.id} and escalation = ${row.escalation} and deadline_at = ${new Date(row.deadline_at).toISOString()}
        returning id`);
      if (updated.rows.length === 0) return null;
      const detail = levelNames[level as 1 | 2];
      await insertAppealEvent(tx, {
        zoneId: row.zone_id,
        appealId: row.id,
        step: 'escalate',
        fromState: row.state,
        toState: row.state,
        actorId: null,
        actorName: systemActor,
        note: detail,
        escalation: level,
        at: now,
      });
      const subject = {
        id: row.id,
        zoneId: row.zone_id,
        enterpriseId: row.enterprise_id,
        filedBy: row.filed_by,
        liaisonUserId: row.liaison_user_id,
        leadDepartmentId: row.lead_department_id,
        leadDepartmentName: row.lead_department_name,
        dispatchDepartmentId: zoneRules.dispatchDepartmentId,
      };
      // Skipping a level (a long outage) still tells the department head before the leader.
      const levels = level === 2 && row.escalation === 0 ? [1, 2] : [level];
      const posted: OutboundNotice[] = [];
      for (const each of levels) {
        posted.push(...(await noticesForEscalation(tx, subject, each as 1 | 2, levelNames[each as 1 | 2])));
      }
      return posted;
    });
    if (sent) {
      escalated += 1;
      notices.push(...sent);
    }
  }
  return { checked: overdue.rows.length, escalated, notices };
}
