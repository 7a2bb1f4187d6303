import { sql } from 'drizzle-orm';
import { formatPeriod, latestDuePeriod, todayInChina, type LeaderHome } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import type { Actor } from '../../platform/request-context.js';
import {
  findFilingDeadlineDay,
  findLatestPeriod,
  findWarningRules,
} from '../indicators/catalogue.repository.js';

type Named = { id: string; name: string };
type UnfiledRow = Named & { lastFiledIndex: number | null };

/**
 * The warning card's figures in one statement: the first stored warnings of the period and how many,
 * then the expected reporters with nothing filed in the rule's run of periods and how many — as
 * `/api/indicators/warnings` (page 1) lists them. The run is found with a hashed anti-join over the
 * zone's returns of those few periods instead of one index probe per reporter, and only the
 * listed reporters look up their last return.
 */
async function findWarningCard(
  db: DbOrTx,
  zoneId: string,
  period: { year: number; month: number } | null,
  run: { lastIndex: number; count: number } | null,
  limit: number,
) {
  const first = run ? run.lastIndex - run.count + 1 : 0;
  const last = run?.lastIndex ?? 0;
  // The run's periods spelled out, so the zone's returns of each are read from the period index.
  const indexes = run ? Array.from({ length: Math.max(0, run.count) }, (_, i) => first + i) : [];
  const list = (values: number[]) => `{${[...new Set(values)].join(',')}}`;
  const years = list(indexes.map((index) => Math.floor((index - 1) / 12)));
  const months = list(indexes.map((index) => ((index - 1) % 12) + 1));
  const { rows } = await db.execute<{
    stored_total: number;
    stored: { enterpriseId: string; enterpriseName: string; ruleCode: string; message: string }[] | null;
    unfiled_total: number;
    unfiled: UnfiledRow[] | null;
  }>(sql`
    with stored as (
      select w.id, w.enterprise_id, e.name, w.year, w.month, w.rule_code, w.message
      from indicator_warnings w join enterprises e on e.id = w.enterprise_id
      where ${period ? sql`w.zone_id = ${zoneId} and w.year = ${period.year} and w.month = ${period.month}` : sql`false`}
    ),
    unfiled as (
      select e.id, e.name from enterprises e
      where ${run ? sql`true` : sql`false`} and e.zone_id = ${zoneId} and (e.is_above_scale or e.is_key)
        and (e.established_on is null
             or (extract(year from e.established_on) * 12 + extract(month from e.established_on)) <= ${first})
        and e.id not in (select f.enterprise_id from indicator_filings f
                         where f.zone_id = ${zoneId} and f.year = any(${years}::int[])
                           and f.month = any(${months}::int[])
                           and (f.year * 12 + f.month) between ${first} and ${last})
      order by e.name, e.id
      limit 2000
    )
    select
      (select count(*) from stored)::int as stored_total,
      (select json_agg(json_build_object('enterpriseId', s.enterprise_id, 'enterpriseName', s.name,
                                         'ruleCode', s.rule_code, 'message', s.message))
         from (select * from stored order by year desc, month desc, rule_code, name, id limit ${limit}) s) as stored,
      (select count(*) from unfiled)::int as unfiled_total,
      (select json_agg(json_build_object('id', u.id, 'name', u.name, 'lastFiledIndex', u.last_filed))
         from (select u.id, u.name,
                      (select max(f.year * 12 + f.month) from indicator_filings f
                        where f.enterprise_id = u.id and (f.year * 12 + f.month) <= ${last}) as last_filed
               from (select * from unfiled order by name, id limit ${limit}) u
               order by u.name, u.id) u) as unfiled`);
  const row = rows[0];
  return {
    storedTotal: Number(row?.stored_total ?? 0),
    stored: row?.stored ?? [],
    unfiledTotal: Number(row?.unfiled_total ?? 0),
    unfiled: row?.unfiled ?? [],
  };
}

const formatIndex = (index: number) =>
  formatPeriod({ year: Math.floor((index - 1) / 12), month: ((index - 1) % 12) + 1 });

/** The leader's warning card: the figures of `/api/indicators/warnings?page=1&pageSize=limit`. */
export async function homeWarnings(db: DbOrTx, actor: Actor, limit: number): Promise<LeaderHome['warnings']> {
  authorize(actor, 'economy.read');
  const [rules, period, deadlineDay] = await Promise.all([
    findWarningRules(db, actor.zoneId),
    findLatestPeriod(db, actor.zoneId),
    findFilingDeadlineDay(db, actor.zoneId),
  ]);
  const ruleName = new Map(rules.map((rule) => [rule.code, rule.name]));
  const unfiledRule = rules.find((rule) => rule.kind === 'unfiled' && rule.enabled);
  // As of the last period already due, as the warning list has it without a period.
  const due = latestDuePeriod(todayInChina(), deadlineDay);
  const dueIndex = due.year * 12 + due.month;
  const card = await findWarningCard(
    db,
    actor.zoneId,
    period,
    unfiledRule ? { lastIndex: dueIndex, count: unfiledRule.threshold } : null,
    limit,
  );
  const items: LeaderHome['warnings']['items'] = card.stored.map((row) => ({
    enterprise: { id: row.enterpriseId, name: row.enterpriseName },
    rule: { code: row.ruleCode, name: ruleName.get(row.ruleCode) ?? row.ruleCode },
    message: row.message,
  }));
  if (unfiledRule) {
    for (const row of card.unfiled.slice(0, Math.max(0, limit - items.length))) {
      const lastFiled = row.lastFiledIndex === null ? null : Number(row.lastFiledIndex);
      items.push({
        enterprise: { id: row.id, name: row.name },
        rule: { code: unfiledRule.code, name: unfiledRule.name },
        message:
          lastFiled === null
            ? '尚未报送过月度数据'
            : `已连续${dueIndex - lastFiled}个月未报送月度数据（最近一次报送：${formatIndex(lastFiled)}）`,
      });
    }
  }
  return {
    period: period ? formatPeriod(period) : null,
    total: card.storedTotal + (unfiledRule ? card.unfiledTotal : 0),
    items,
  };
}
