import type { Park } from '../../api/contract';
import { listEnterprises, listParks } from '../enterprises/enterprises-api';

export interface ZoneOverview {
  enterpriseCount: number;
  parks: (Park & { enterpriseCount: number })[];
  /** True when the records are the synthetic demo zone (示例数据). */
  isDemo: boolean;
  loadedAt: Date;
}

/** Counts for the home page, each a live query: enterprises in the zone and per sub-park. */
export async function loadZoneOverview(signal: AbortSignal): Promise<ZoneOverview> {
  const [enterprises, parks] = await Promise.all([
    listEnterprises({ page: 1, pageSize: 1 }, signal),
    listParks(signal),
  ]);
  const perPark = await Promise.all(
    parks.map(async (park) => {
      const page = await listEnterprises({ parkId: park.id, page: 1, pageSize: 1 }, signal);
      return { ...park, enterpriseCount: page.total };
    }),
  );
  return {
    enterpriseCount: enterprises.total,
    parks: perPark,
    isDemo: enterprises.items[0]?.isDemo ?? false,
    loadedAt: new Date(),
  };
}
