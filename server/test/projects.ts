import { addDays, todayInChina } from '@gaoxin/domain';
import type { TestApp } from './harness.js';

/**
 * Registers a project over HTTP as the officer whose cookie is given, signed 30 days ago for
 * 5 亿元 unless `fields` say otherwise; throws (with the answer) unless it was created.
 */
export async function registerProject(
  t: TestApp,
  cookie: string,
  fields: Record<string, unknown> & { name: string },
): Promise<{ id: string; version: number }> {
  const response = await t.request({
    method: 'POST',
    url: '/api/projects',
    cookie,
    payload: {
      investorName: `${fields.name}有限公司`,
      totalInvestment: '50000',
      contractAmount: '50000',
      signedOn: addDays(todayInChina(), -30),
      ...fields,
    },
  });
  if (response.statusCode !== 201) throw new Error(`project not created: ${response.body}`);
  return response.json();
}
