import { evaluateWarnings, findIndustry, type DerivedValue } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import type { IndicatorRow } from '../../db/schema/index.js';
import { findWarningRules } from './catalogue.repository.js';
import {
  findDisplayName,
  insertRevisions,
  refreshCube,
  replaceWarnings,
  upsertFilings,
  upsertValues,
  type WarningWrite,
} from './returns.repository.js';
import { keyOf, type ReturnsPlan } from './returns-writer.js';

/**
 * Writes a plan inside the caller's transaction: filings (with the enterprise's slice attributes
 * the first time a period is filed), the replaced values into the revision history, the values,
 * the summary rows of every affected period, and the warnings of the changed enterprises.
 */
export async function applyPlan(
  tx: DbOrTx,
  plan: ReturnsPlan,
  userId: string | null,
  catalogue: IndicatorRow[],
): Promise<void> {
  if (plan.changedEnterprises.length === 0) return;
  const { zoneId, period } = plan;
  // Filings show who filed by display name (李科长（经发局）), as the board lists them.
  const actor = { userId, name: userId ? await findDisplayName(tx, userId) : '导入' };
  const filingIds = await upsertFilings(
    tx,
    zoneId,
    period,
    plan.source,
    actor,
    plan.changedEnterprises.map((enterprise) => ({
      enterpriseId: enterprise.id,
      parkKey: enterprise.parkId ?? '',
      industrySection: (enterprise.industryCode && findIndustry(enterprise.industryCode)?.sectionCode) || '',
      leadingIndustry: enterprise.leadingIndustry ?? '',
      isAboveScale: enterprise.isAboveScale,
      isKey: enterprise.isKey,
      qualifications: enterprise.qualifications,
    })),
  );
  await insertRevisions(tx, zoneId, actor.userId, plan.revisions);
  await upsertValues(
    tx,
    zoneId,
    plan.writes.map((write) => ({
      ...write,
      recordedBy: write.source ? actor.userId : null,
      filingId:
        plan.filingOf.get(keyOf(write.enterpriseId, write.indicatorId, write.year, write.month)) ??
        filingIds.get(write.enterpriseId) ??
        '',
    })),
  );
  for (const affected of plan.affectedPeriods) await refreshCube(tx, zoneId, affected.year, affected.month);
  await refreshWarnings(tx, plan, catalogue);
}

/** Re-evaluates the figure-based warning rules for the changed enterprises and periods. */
async function refreshWarnings(tx: DbOrTx, plan: ReturnsPlan, catalogue: IndicatorRow[]): Promise<void> {
  const rules = await findWarningRules(tx, plan.zoneId);
  const names = new Map(catalogue.map((row) => [row.code, row.name]));
  const warnings: WarningWrite[] = [];
  for (const enterprise of plan.changedEnterprises) {
    for (const { year, month } of plan.affectedPeriods) {
      const current = new Map<string, DerivedValue>();
      const lastMonth = new Map<string, DerivedValue>();
      for (const indicator of catalogue) {
        const now = plan.derived.get(keyOf(enterprise.id, indicator.id, year, month));
        const before = plan.derived.get(keyOf(enterprise.id, indicator.id, year, month - 1));
        if (now) current.set(indicator.code, now);
        if (before) lastMonth.set(indicator.code, before);
      }
      if (current.size === 0) continue;
      for (const fired of evaluateWarnings(rules, { month, current, lastMonth }, names)) {
        warnings.push({ enterpriseId: enterprise.id, year, month, ...fired });
      }
    }
  }
  await replaceWarnings(
    tx,
    plan.zoneId,
    plan.changedEnterprises.map((enterprise) => enterprise.id),
    plan.affectedPeriods,
    warnings,
  );
}
