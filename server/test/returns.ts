import type { TestApp } from './harness.js';

/** Figures by indicator code: [本期, 上年同期 or null]. */
export type ReturnFigures = Record<string, [string, string | null]>;

/**
 * Files one enterprise's return through the API as the given user, with the version it reads first
 * (as the form does). Answers the raw response; callers assert the status they expect.
 */
export async function fileReturn(
  t: TestApp,
  cookie: string,
  enterpriseId: string,
  period: string,
  figures: ReturnFigures,
) {
  const current = await t.request({
    method: 'GET',
    url: `/api/indicators/returns?enterpriseId=${enterpriseId}&period=${period}`,
    cookie,
  });
  return t.request({
    method: 'PUT',
    url: '/api/indicators/returns',
    cookie,
    payload: {
      enterpriseId,
      period,
      version: current.json<{ version: number | null }>().version,
      values: Object.entries(figures).map(([indicatorCode, [value, previous]]) => ({
        indicatorCode,
        current: value,
        previous,
      })),
    },
  });
}
