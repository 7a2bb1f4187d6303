import { sql } from 'drizzle-orm';
import {
  findIndustry,
  formatPeriod,
  industrialScale,
  isIndustrial,
  aboveScaleRevenueThreshold,
  type EnterpriseScale,
  parseAmount,
  growthRate,
  shiftPeriod,
  type EnterpriseFiguresResponse,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findIndicators, findLatestPeriod, findWarningRules } from './catalogue.repository.js';
import { findWarnings } from './warnings.repository.js';

/**
 * 规上 (限额以上) from the last full year on file (December's 1—12月 营业收入) for any industry with a
 * sourced threshold, and 大中小微 for 工业 from revenue and period-end employees (RULES.md §8).
 */
async function classify(
  db: Db,
  enterpriseId: string,
  enterprise: { industryCode: string | null; isAboveScale: boolean; scale: string | null },
): Promise<EnterpriseFiguresResponse['classification']> {
  const industry = enterprise.industryCode ? findIndustry(enterprise.industryCode) : undefined;
  const threshold = industry ? aboveScaleRevenueThreshold(industry) : undefined;
  if (!industry || threshold === undefined) return null;
  const rows = await db.execute<{ year: number; code: string; cumulative: string }>(sql`
    select v.year, i.code, v.cumulative::text from indicator_values v join indicators i on i.id = v.indicator_id
    where v.enterprise_id = ${enterpriseId} and v.month = 12 and i.code in ('revenue', 'employees')
    order by v.year desc limit 4`);
  const year = rows.rows.find((row) => row.code === 'revenue')?.year;
  if (year === undefined) return null;
  const revenue = rows.rows.find((row) => row.code === 'revenue' && row.year === year)!.cumulative;
  const employees =
    rows.rows.find((row) => row.code === 'employees' && row.year === year)?.cumulative ?? null;
  const revenueWan = Number(revenue);
  return {
    year: Number(year),
    revenue,
    employees,
    suggestedAboveScale: revenueWan >= threshold,
    threshold,
    suggestedScale:
      employees === null || !isIndustrial(industry) ? null : industrialScale(Number(employees), revenueWan),
    isAboveScale: enterprise.isAboveScale,
    scale: (enterprise.scale as EnterpriseScale | null) ?? null,
  };
}

/** An enterprise's own figures for its profile: a series per indicator and the warnings it fired. */
export async function enterpriseFigures(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  months: number,
): Promise<EnterpriseFiguresResponse> {
  const actor = requireActor(context);
  if (actor.role === 'enterprise') {
    authorize(actor, 'economy.fileOwn');
    if (actor.enterpriseId !== enterpriseId) throw new AppError('NOT_FOUND');
  } else authorize(actor, 'economy.read');
  const found = await db.execute<{
    industryCode: string | null;
    isAboveScale: boolean;
    scale: string | null;
  }>(
    sql`select industry_code as "industryCode", is_above_scale as "isAboveScale", scale from enterprises
        where id = ${enterpriseId} and zone_id = ${actor.zoneId}`,
  );
  const enterprise = found.rows[0];
  if (!enterprise) throw new AppError('NOT_FOUND');
  const latest = await findLatestPeriod(db, actor.zoneId);
  if (!latest) return { series: [], warnings: [], classification: null };
  const from = shiftPeriod(latest, -(months - 1));
  const rows = await db.execute<{
    indicatorId: string;
    year: number;
    month: number;
    cumulative: string;
    cumulativeBase: string | null;
    monthValue: string | null;
  }>(sql`
    select indicator_id as "indicatorId", year, month, cumulative::text, cumulative_base::text as "cumulativeBase",
           month_value::text as "monthValue"
    from indicator_values
    where enterprise_id = ${enterpriseId} and zone_id = ${actor.zoneId}
      and (year * 12 + month) >= ${from.year * 12 + from.month}
    order by year, month`);
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const series = catalogue
    .map((indicator) => ({
      indicator: {
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        decimals: indicator.decimals,
      },
      points: rows.rows
        .filter((row) => row.indicatorId === indicator.id)
        .map((row) => {
          const base = row.cumulativeBase === null ? null : parseAmount(row.cumulativeBase);
          return {
            period: formatPeriod({ year: Number(row.year), month: Number(row.month) }),
            cumulative: row.cumulative,
            month: row.monthValue,
            cumulativeGrowth: base === null ? null : (growthRate(parseAmount(row.cumulative), base) ?? null),
          };
        }),
    }))
    .filter((item) => item.points.length > 0);
  const ruleName = new Map((await findWarningRules(db, actor.zoneId)).map((rule) => [rule.code, rule.name]));
  const warnings = await findWarnings(
    db,
    actor.zoneId,
    { enterpriseId, sinceIndex: from.year * 12 + from.month },
    50,
    0,
  );
  return {
    classification: await classify(db, enterpriseId, enterprise),
    series,
    warnings: warnings.rows.map((row) => ({
      enterprise: { id: row.enterpriseId, name: row.enterpriseName },
      period: formatPeriod(row),
      rule: { code: row.ruleCode, name: ruleName.get(row.ruleCode) ?? row.ruleCode },
      message: row.message,
      figures: row.figures,
    })),
  };
}
