import {
  formatAmount,
  formatPeriod,
  parseAmount,
  growthRate,
  type RankingsResponse,
  type SliceQuery,
} from '@gaoxin/domain';
import { inParallel, type DbOrTx } from '../../db/client.js';
import {
  countEnterpriseFigures,
  findEnterpriseFigures,
  type EnterpriseFigureRecord,
} from './figures.repository.js';
import { indicatorByCode, resolvePeriod, sliceOf } from './figures.service.js';

function present(row: EnterpriseFigureRecord) {
  const base = row.base === null ? null : parseAmount(row.base);
  const current = parseAmount(row.cumulative);
  return {
    enterprise: { id: row.enterpriseId, name: row.enterpriseName },
    park: row.parkId && row.parkName ? { id: row.parkId, name: row.parkName } : null,
    cumulative: row.cumulative,
    base: row.base,
    delta: base === null ? null : formatDelta(current - base),
    cumulativeGrowth: base === null ? null : (growthRate(current, base) ?? null),
    month: row.monthValue,
  };
}

const formatDelta = (value: bigint) => formatAmount(value, 4);

/** Enterprise rankings of a period: the largest, and the biggest risers and fallers against their base. */
export async function computeRankings(
  db: DbOrTx,
  zoneId: string,
  query: SliceQuery & { indicator: string; period?: string; limit: number },
): Promise<RankingsResponse> {
  const [indicator, { period }] = await inParallel(db, [
    () => indicatorByCode(db, zoneId, query.indicator),
    () => resolvePeriod(db, zoneId, query.period),
  ] as const);
  if (!period) return { period: null, top: [], risers: [], fallers: [] };
  const slice = sliceOf(query);
  const list = async (order: 'value' | 'riser' | 'faller') =>
    (await findEnterpriseFigures(db, zoneId, indicator.id, period, slice, order, query.limit, 0)).map(
      present,
    );
  const [top, rising, falling] = await inParallel(db, [
    () => list('value'),
    () => list('riser'),
    () => list('faller'),
  ] as const);
  const risers = rising.filter((row) => row.delta !== null && !row.delta.startsWith('-'));
  const fallers = falling.filter((row) => row.delta?.startsWith('-'));
  return { period: formatPeriod(period), top, risers, fallers };
}

/** The enterprises behind a bar or slice of the dashboard, paginated. */
export async function listFigureEnterprises(
  db: DbOrTx,
  zoneId: string,
  query: SliceQuery & {
    indicator: string;
    period?: string;
    sort: 'value' | 'growth' | 'delta';
    page: number;
    pageSize: number;
  },
) {
  const indicator = await indicatorByCode(db, zoneId, query.indicator);
  const { period } = await resolvePeriod(db, zoneId, query.period);
  if (!period) return { items: [], total: 0 };
  const slice = sliceOf(query);
  const rows = await findEnterpriseFigures(
    db,
    zoneId,
    indicator.id,
    period,
    slice,
    query.sort,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  const total = await countEnterpriseFigures(db, zoneId, indicator.id, period, slice);
  return { items: rows.map(present), total };
}
