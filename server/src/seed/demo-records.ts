import { addDays } from '@gaoxin/domain';
import type { Tx } from '../db/client.js';
import { enterpriseContacts, enterpriseQualifications, enterpriseVisits } from '../db/schema/index.js';
import { givenNames, surnames } from './demo-names.js';

interface DemoEnterprise {
  id: string;
  isAboveScale: boolean;
  isKey: boolean;
  industryCode: string;
}

const visitTopics = [
  ['了解一季度生产经营情况', '用电增容申请进度慢'],
  ['对接高企认定申报', '研发费用归集口径不清楚'],
  ['走访新建产线', '技术工人招聘困难'],
  ['宣讲稳增长政策', '流动资金贷款到期续贷'],
  ['了解订单和库存', '物流运输成本上升'],
  ['协调厂房扩建', '规划许可办理时限'],
] as const;

/**
 * Qualifications with realistic shares (about 140 高企, 170 科小, a few 专精特新 and 小巨人), contacts
 * with invented numbers, and visits over the past year. Dates are relative to the day the demo
 * loads, so some 高企 certificates are always due for renewal.
 */
export async function demoEnterpriseRecords(
  tx: Tx,
  options: {
    zoneId: string;
    enterprises: DemoEnterprise[];
    visitorId: string | null;
    today: string;
    random: () => number;
  },
) {
  const { zoneId, today, random } = options;
  const qualifications: (typeof enterpriseQualifications.$inferInsert)[] = [];
  const contacts: (typeof enterpriseContacts.$inferInsert)[] = [];
  const visits: (typeof enterpriseVisits.$inferInsert)[] = [];
  options.enterprises.forEach((enterprise, index) => {
    const manufacturing = Number(enterprise.industryCode) >= 13 && Number(enterprise.industryCode) <= 43;
    const techLeaning = ['39', '38', '27', '35', '65', '34', '73'].includes(enterprise.industryCode);
    const hnteChance = techLeaning ? (enterprise.isAboveScale ? 0.42 : 0.125) : 0.03;
    if (index < 2 || random() < hnteChance) {
      // 高企 certificates last three years; spread issue dates so a share falls due in the next 90 days.
      const issuedDaysAgo = Math.floor(random() * 1095) - 10;
      const issuedOn = addDays(today, -Math.max(issuedDaysAgo, 1));
      qualifications.push({
        zoneId,
        enterpriseId: enterprise.id,
        type: 'hnte',
        level: 'national',
        certificateNumber: `GR20${String(24 + Math.floor(random() * 3))}51${String(1000000 + index).slice(1)}`,
        issuedOn,
        expiresOn: addDays(issuedOn, 3 * 365),
      });
    }
    if (random() < (techLeaning ? 0.19 : 0.07)) {
      const year = Number(today.slice(0, 4));
      qualifications.push({
        zoneId,
        enterpriseId: enterprise.id,
        type: 'techSme',
        level: 'national',
        certificateNumber: `${year}5105${String(10000 + index)}`,
        issuedOn: `${year}-05-20`,
        expiresOn: `${year}-12-31`,
      });
    }
    if (manufacturing && enterprise.isAboveScale && random() < 0.18) {
      const issuedOn = addDays(today, -Math.floor(random() * 900) - 30);
      qualifications.push({
        zoneId,
        enterpriseId: enterprise.id,
        type: random() < 0.25 ? 'littleGiant' : 'specialized',
        level: random() < 0.15 ? 'national' : 'provincial',
        certificateNumber: null,
        issuedOn,
        expiresOn: addDays(issuedOn, 3 * 365),
      });
    }
    if (enterprise.isAboveScale) {
      qualifications.push({ zoneId, enterpriseId: enterprise.id, type: 'aboveScale', level: 'municipal' });
    }
    const contactCount = enterprise.isKey ? 2 : 1;
    for (let i = 0; i < contactCount; i += 1) {
      contacts.push({
        zoneId,
        enterpriseId: enterprise.id,
        name: `${surnames[Math.floor(random() * surnames.length)]}${givenNames[Math.floor(random() * givenNames.length)]}`,
        position: i === 0 ? '统计填报员' : '总经理',
        mobile: `199${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      });
    }
    const visitCount = enterprise.isKey ? 1 + Math.floor(random() * 3) : random() < 0.1 ? 1 : 0;
    for (let i = 0; i < visitCount; i += 1) {
      const [topic, problem] = visitTopics[Math.floor(random() * visitTopics.length)] ?? visitTopics[0];
      visits.push({
        zoneId,
        enterpriseId: enterprise.id,
        visitedOn: addDays(today, -Math.floor(random() * 360) - 1),
        visitors: '经发局 李科长（示例）',
        summary: `${topic}（示例数据）`,
        problems: random() < 0.6 ? [problem] : [],
        nextStep: '跟踪问题办理进度，下月回访',
        createdBy: options.visitorId,
      });
    }
  });
  for (const [table, values] of [
    [enterpriseQualifications, qualifications],
    [enterpriseContacts, contacts],
    [enterpriseVisits, visits],
  ] as const) {
    for (let start = 0; start < values.length; start += 500) {
      await tx.insert(table).values(values.slice(start, start + 500) as never[]);
    }
  }
}
