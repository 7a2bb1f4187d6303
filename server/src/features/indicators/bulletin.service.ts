import { sql } from 'drizzle-orm';
import { parsePeriod, writeBulletin, type BulletinResponse } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findIndicators } from './catalogue.repository.js';
import { computeRankings } from './figure-enterprises.service.js';
import { computeBreakdown, computeOverview } from './figures.service.js';
import { AppError } from '../../platform/app-error.js';

/**
 * The monthly bulletin (经济运行简报), written from exactly the figures the dashboard shows for the
 * whole zone (the same service calls), so every number in it matches the screen.
 */
export async function buildBulletin(
  db: Db,
  context: RequestContext,
  period: string,
): Promise<BulletinResponse> {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  const overview = await computeOverview(db, actor.zoneId, { period });
  if (overview.items.every((item) => item.enterprises === 0)) {
    throw new AppError('NOT_FOUND', {}, [], undefined, {
      zh: `${period} 期还没有任何企业月度数据，无法生成简报`,
      en: `No returns for ${period} yet; there is nothing to write a bulletin from`,
    });
  }
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const headlineCodes = catalogue.filter((row) => row.isHeadline).map((row) => row.code);
  const byPark: Record<string, Awaited<ReturnType<typeof computeBreakdown>>['slices']> = {};
  const byLeadingIndustry: typeof byPark = {};
  for (const code of headlineCodes) {
    byPark[code] = (await computeBreakdown(db, actor.zoneId, { indicator: code, period, by: 'park' })).slices;
    byLeadingIndustry[code] = (
      await computeBreakdown(db, actor.zoneId, { indicator: code, period, by: 'leading' })
    ).slices.filter((slice) => slice.key !== '');
  }
  const moverIndicator = catalogue.find((row) => row.code === headlineCodes[0]);
  const movers = moverIndicator
    ? {
        indicator: {
          name: moverIndicator.name,
          unit: moverIndicator.unit,
          decimals: moverIndicator.decimals,
        },
        rankings: await computeRankings(db, actor.zoneId, {
          indicator: moverIndicator.code,
          period,
          limit: 5,
        }),
      }
    : null;
  const { year, month } = parsePeriod(period);
  const missing = await db.execute<{ indicatorId: string; name: string }>(sql`
    select v.indicator_id as "indicatorId", e.name from indicator_values v join enterprises e on e.id = v.enterprise_id
    where v.zone_id = ${actor.zoneId} and v.year = ${year} and v.month = ${month} and v.cumulative_base is null
    order by e.name`);
  const zone = await db.execute<{ name: string }>(sql`select name from zones where id = ${actor.zoneId}`);
  return writeBulletin({
    zoneName: zone.rows[0]?.name ?? '',
    period,
    figures: overview.items,
    headlineCodes,
    byPark,
    byLeadingIndustry,
    movers,
    missingBase: catalogue
      .filter((row) => row.isHeadline)
      .map((row) => ({
        indicatorName: row.name,
        enterprises: missing.rows.filter((item) => item.indicatorId === row.id).map((item) => item.name),
      }))
      .filter((item) => item.enterprises.length > 0),
  });
}
