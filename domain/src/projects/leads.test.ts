import { describe, expect, it } from 'vitest';
import {
  checkLeadStatusChange,
  companyKey,
  firstContactOverdue,
  isNearIdenticalName,
  isSameCompany,
  leadStatuses,
  nextLeadStatuses,
} from './leads.js';

describe('lead statuses', () => {
  it.each([
    ['lead', 'negotiating', undefined, 'ok'],
    ['negotiating', 'signed', undefined, 'ok'],
    ['lead', 'signed', undefined, 'illegal'],
    ['signed', 'negotiating', undefined, 'illegal'],
    ['abandoned', 'lead', undefined, 'illegal'],
    ['negotiating', 'shelved', ' ', 'reasonRequired'],
    ['negotiating', 'abandoned', '对方决定落户外省', 'ok'],
    ['shelved', 'negotiating', undefined, 'ok'],
  ] as const)('%s → %s (%j) is %s', (from, to, reason, expected) => {
    expect(checkLeadStatusChange(from, to, reason)).toBe(expected);
  });

  it('ends at signed and abandoned, and never stays put', () => {
    expect(nextLeadStatuses('signed')).toEqual([]);
    expect(nextLeadStatuses('abandoned')).toEqual([]);
    for (const status of leadStatuses) expect(nextLeadStatuses(status)).not.toContain(status);
  });
});

describe('首报首谈: the same company', () => {
  it.each([
    ['华睿电子（深圳）有限公司', '华睿电子深圳有限公司', '华睿电子深圳'],
    ['ＡＢＣ Technology Co., Ltd.', 'abc technology', 'abctechnology'],
    ['龙德科技股份有限公司', '龙德科技', '龙德科技'],
  ])('keys %s and %s alike', (a, b, key) => {
    expect(companyKey(a)).toBe(key);
    expect(companyKey(b)).toBe(key);
  });

  it.each([
    ['华睿电子有限公司', '华睿电子（深圳）有限公司', true],
    ['宁德时代新能源科技股份有限公司', '宁德时代新能源科技有限公司', true],
    ['龙德科技有限公司', '龙德光电有限公司', false],
    ['华为技术有限公司', '华为终端有限公司', false],
    ['中科', '中科', true],
    ['东方精密机械有限公司', '东方精密机械制造有限公司', true],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(isNearIdenticalName(a, b)).toBe(same);
  });

  it('trusts two credit codes over names, and names when a code is missing', () => {
    const a = { companyName: '华睿电子有限公司', creditCode: '91440300MA5XXXXX1A' };
    expect(isSameCompany(a, { companyName: '完全不同的名字', creditCode: a.creditCode })).toBe(true);
    expect(isSameCompany(a, { companyName: '华睿电子有限公司', creditCode: '91440300MA5YYYYY2B' })).toBe(
      false,
    );
    expect(isSameCompany(a, { companyName: '华睿电子（深圳）有限公司', creditCode: null })).toBe(true);
  });
});

describe('first contact', () => {
  const registered = new Date('2026-11-20T09:00:00+08:00');
  it.each([
    ['2026-11-23T08:59:59+08:00', null, false],
    ['2026-11-23T09:00:01+08:00', null, true],
    ['2026-11-30T09:00:00+08:00', '2026-11-21T10:00:00+08:00', false],
  ] as const)('at %s (contacted %s) overdue=%s', (now, contacted, overdue) => {
    expect(firstContactOverdue(registered, contacted ? new Date(contacted) : null, new Date(now), 3)).toBe(
      overdue,
    );
  });
});
