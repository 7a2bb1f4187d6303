import { and, eq, sql } from 'drizzle-orm';
import { formatPeriod } from '@gaoxin/domain';
import type { DbOrTx } from '../db/client.js';
import { enterpriseQualifications } from '../db/schema/index.js';
import { findIndicators } from '../features/indicators/catalogue.repository.js';
import { applyPlan } from '../features/indicators/returns-apply.js';
import { planReturns } from '../features/indicators/returns-writer.js';
import { replaceTargets } from '../features/indicators/settings.repository.js';
import {
  demoFiguresLastPeriod,
  generateDemoFigures,
  type DemoPeriod,
  type FigureCode,
  type FigureEnterprise,
} from './demo-figures.js';

/** The indicators the zone sets annual targets for (the headline ones). */
const targetCodes: FigureCode[] = ['output', 'revenue', 'tax', 'investment'];

/**
 * Writes the demo zone's five years of returns through the same path as an Excel import, period
 * by period (so 累计, 当月, bases, summaries and warnings are derived exactly as for real
 * returns), then sets the zone's and sub-parks' targets for 2025 and 2026. Runs inside the demo
 * load's transaction. Throws if the writer finds any problem in a generated return.
 */
export async function loadDemoFigures(
  tx: DbOrTx,
  options: {
    zoneId: string;
    enterprises: Omit<FigureEnterprise, 'highTech'>[];
    random: () => number;
    userId: string | null;
  },
): Promise<{ periods: number; values: number }> {
  const { zoneId } = options;
  const catalogue = await findIndicators(tx, zoneId);
  const idOf = new Map(catalogue.map((row) => [row.code, row.id]));
  const highTech = new Set(
    (
      await tx
        .select({ id: enterpriseQualifications.enterpriseId })
        .from(enterpriseQualifications)
        .where(and(eq(enterpriseQualifications.zoneId, zoneId), eq(enterpriseQualifications.type, 'hnte')))
    ).map((row) => row.id),
  );
  const periods = generateDemoFigures(
    options.enterprises.map((enterprise) => ({ ...enterprise, highTech: highTech.has(enterprise.id) })),
    options.random,
  );
  let values = 0;
  for (const { period, returns } of periods) {
    const plan = await planReturns(tx, {
      zoneId,
      period,
      source: 'import',
      catalogue,
      returns: returns.map((item) => ({
        enterpriseId: item.enterpriseId,
        values: Object.entries(item.values).map(([code, value]) => ({
          indicatorId: idOf.get(code) ?? '',
          ...value,
        })),
      })),
    });
    if (plan.problems.length > 0) {
      const [first] = plan.problems;
      throw new Error(
        `demo figures for ${formatPeriod(period)} have ${plan.problems.length} problems, first: ${JSON.stringify(first, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}`,
      );
    }
    await applyPlan(tx, plan, options.userId, catalogue);
    values += plan.valuesChanged;
  }
  await setTargets(tx, zoneId, periods, options.enterprises, idOf);
  await spreadFilingTimes(tx, zoneId);
  return { periods: periods.length, values };
}

/**
 * Annual targets for 2025 and 2026, zone-wide and per sub-park, set so that October's 累计 stands
 * at 80–90 % of the year's target (时序进度 is 83.33 %): some slices ahead of schedule, some behind.
 */
async function setTargets(
  tx: DbOrTx,
  zoneId: string,
  periods: DemoPeriod[],
  enterprises: Omit<FigureEnterprise, 'highTech'>[],
  idOf: Map<string, string>,
): Promise<void> {
  const parkOf = new Map(enterprises.map((enterprise) => [enterprise.id, enterprise.parkId ?? '']));
  const parkKeys = ['', ...new Set(enterprises.map((enterprise) => enterprise.parkId ?? ''))].filter(
    (key, index, keys) => keys.indexOf(key) === index,
  );
  for (const year of [demoFiguresLastPeriod.year - 1, demoFiguresLastPeriod.year]) {
    const october = periods.find(({ period }) => period.year === year && period.month === 10);
    if (!october) continue;
    const rows = targetCodes.flatMap((code, codeIndex) =>
      parkKeys.map((parkKey, parkIndex) => {
        let total = 0n;
        for (const item of october.returns) {
          if (parkKey && parkOf.get(item.enterpriseId) !== parkKey) continue;
          total += item.values[code]?.current ?? 0n;
        }
        // A fixed spread of completions between 80 % and 90 %, different for each slice and year.
        const completion = 80 + ((codeIndex * 7 + parkIndex * 3 + year) % 11);
        // Targets are set in whole 百万元 (a hundred 万元), as plans state them.
        const target = ((total * 100n) / BigInt(completion) / 1_000_000n) * 100n;
        return { indicatorId: idOf.get(code) ?? '', parkKey, value: target.toString(), growthPercent: null };
      }),
    );
    await replaceTargets(tx, zoneId, year, rows);
  }
}

/**
 * The writer stamps every filing with the time of the load; a real zone's returns come in during
 * the first days after the month. Spread them over the 1st–9th, before the 10th's deadline.
 */
async function spreadFilingTimes(tx: DbOrTx, zoneId: string): Promise<void> {
  await tx.execute(sql`
    update indicator_filings set filed_at = least(now(),
      make_timestamptz(year, month, 1, 9, 0, 0, 'Asia/Shanghai') + interval '1 month'
        + (abs(hashtext(enterprise_id::text)) % 9) * interval '1 day'
        + (abs(hashtext(enterprise_id::text || month::text)) % 480) * interval '1 minute')
    where zone_id = ${zoneId}`);
}
