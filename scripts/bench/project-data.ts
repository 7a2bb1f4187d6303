/**
 * The data of the 项目促建 benchmark: a zone with the demo's departments and sub-parks (with the
 * demo's outlines, so the map places projects), as many leads as projects, and projects signed
 * over five years at every stage with their milestones, 到位资金, weekly reports and stage changes,
 * loaded by COPY with the tables' foreign keys and secondary indexes set aside.
 */
import { randomUUID } from 'node:crypto';
import { getTableName } from 'drizzle-orm';
import { addDays, companyKey, daysBetween, leadSources, projectStages, todayInChina } from '@gaoxin/domain';
import type { Database } from '../../server/src/db/client.js';
import {
  departments,
  investmentLeads,
  leadFollowUps,
  parks,
  projectFunds,
  projectMilestones,
  projectReports,
  projectStageChanges,
  projects,
  users,
  zones,
} from '../../server/src/db/schema/index.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { demoParkOutlines } from '../../server/src/seed/demo-investment.js';
import { demoDepartments, demoParks } from '../../server/src/seed/demo-names.js';
import { seededRandom } from '../../server/src/seed/demo-zone.js';
import { benchPassword } from './appeal-data.js';
import { copyTable, withIndexesDeferred } from './bulk-load.js';
import { checkProjectZone } from './project-checks.js';

/** Years of signings: the KPI reads this year by default and all five on request. */
export const projectYears = 5;

export interface ProjectZone {
  zoneId: string;
  /** Sign-ins: the zone leader and an officer of 招商合作局, which runs the leads and projects. */
  usernames: { leader: string; officer: string };
  parkId: string;
  projectIds: string[];
  rows: Record<
    'leads' | 'followUps' | 'projects' | 'milestones' | 'funds' | 'reports' | 'stageChanges',
    number
  >;
  colours: { red: number; yellow: number; green: number };
  seconds: { setup: number; generate: number; copy: number; indexes: number; analyze: number };
}

const since = (started: number) => Math.round((performance.now() - started) / 100) / 10;
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const trades = [
  { word: '半导体', industry: '3973', plan: '功率器件封测基地' },
  { word: '新能源', industry: '3841', plan: '储能电池生产线' },
  { word: '精密机械', industry: '3421', plan: '数控机床装配基地' },
  { word: '生物医药', industry: '2720', plan: '制剂生产基地' },
  { word: '智能装备', industry: '3499', plan: '智能装备产业园' },
  { word: '软件', industry: '6513', plan: '软件研发中心' },
];
const places = ['苏州', '深圳', '合肥', '杭州', '成都', '西安', '武汉', '宁波', '无锡', '长沙'];
const brands = ['芯源', '恒瑞达', '博创', '科润', '新锐', '天工', '瀚海', '智远', '华拓', '鼎盛'];
/** Milestones after signing, in days; each project stretches them by 0.8–1.3. */
const plan = [
  { name: '完成公司注册', stage: 'registered', afterDays: 30 },
  { name: '土地摘牌', stage: 'landGranted', afterDays: 120 },
  { name: '取得施工许可并开工', stage: 'started', afterDays: 210 },
  { name: '主体竣工', stage: 'completed', afterDays: 480 },
  { name: '试生产（投产）', stage: 'producing', afterDays: 600 },
  { name: '达产达效', stage: 'fullProduction', afterDays: 900 },
] as const;

/** A zone with `count` projects and `count` leads, ready to be read. */
export async function loadProjectZone(
  database: Database,
  count: number,
  progress: (message: string) => void,
): Promise<ProjectZone> {
  const db = database.db;
  let started = performance.now();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [zone] = await db
    .insert(zones)
    .values({ code: `PRJ${stamp}`, name: '项目促建基准测试高新区' })
    .returning();
  if (!zone) throw new Error('no zone');
  const departmentRows = await db
    .insert(departments)
    .values(demoDepartments.map((department) => ({ zoneId: zone.id, ...department })))
    .returning();
  const department = (code: string) => departmentRows.find((row) => row.code === code)!;
  const parkRows = await db
    .insert(parks)
    .values(
      demoParks.map((park) => ({
        zoneId: zone.id,
        code: park.code,
        name: park.name,
        outline: demoParkOutlines[park.code],
      })),
    )
    .returning();
  const passwordHash = await hashPassword(benchPassword);
  const investment = department('D02');
  const staff = await db
    .insert(users)
    .values(
      [
        { username: `prj${stamp}-leader`, displayName: '张主任', role: 'leader', departmentId: null },
        ...['a', 'b', 'c', 'd'].map((letter, index) => ({
          username: `prj${stamp}-d02${letter}`,
          displayName: `${investment.name}${['王科长', '刘专员', '陈专员', '赵专员'][index]}`,
          role: 'officer',
          departmentId: investment.id,
        })),
      ].map((row) => ({ ...row, zoneId: zone.id, passwordHash, mustChangePassword: false })),
    )
    .returning();
  const leader = staff[0]!;
  const officers = staff.slice(1);
  const setupSeconds = since(started);

  started = performance.now();
  const data = generate(seededRandom(29), {
    zoneId: zone.id,
    count,
    today: todayInChina(),
    parkIds: parkRows.map((row) => row.id),
    investmentDepartmentId: investment.id,
    helpDepartmentIds: ['D05', 'D06', 'D07'].map((code) => department(code).id),
    leader,
    officers,
  });
  const generateSeconds = since(started);
  progress(
    `${data.projects.length.toLocaleString('en')} projects, ${data.milestones.length.toLocaleString('en')} milestones, ` +
      `${data.reports.length.toLocaleString('en')} reports, ${data.leads.length.toLocaleString('en')} leads generated in ${generateSeconds} s`,
  );

  let copySeconds = 0;
  started = performance.now();
  const tables = [investmentLeads, leadFollowUps, projects, projectFunds, projectMilestones, projectReports];
  await withIndexesDeferred(database, [...tables, projectStageChanges].map(getTableName), async () => {
    await copyTable(database, investmentLeads, data.leads);
    await copyTable(database, leadFollowUps, data.followUps);
    await copyTable(database, projects, data.projects);
    await copyTable(database, projectFunds, data.funds);
    await copyTable(database, projectMilestones, data.milestones);
    await copyTable(database, projectReports, data.reports);
    await copyTable(database, projectStageChanges, data.stageChanges);
    copySeconds = since(started);
    progress(`COPY in ${copySeconds} s; rebuilding indexes and keys`);
    started = performance.now();
  });
  const indexSeconds = since(started);
  started = performance.now();
  // Vacuumed as well as analysed, as autovacuum would have done by the time anyone reads: an
  // index-only scan (the map's) skips the table only for pages the visibility map marks all-visible.
  // One statement each: VACUUM refuses to run inside the implicit transaction of a multi-statement string.
  for (const table of [
    'investment_leads',
    'lead_follow_ups',
    'projects',
    'project_funds',
    'project_milestones',
    'project_reports',
    'project_stage_changes',
    'project_funnel_totals',
    'project_daily_figures',
  ]) {
    await database.sql.exec(`vacuum (analyze) ${table}`);
  }
  const analyzeSeconds = since(started);
  progress(`indexes and keys in ${indexSeconds} s, vacuum and analyze ${analyzeSeconds} s`);
  await checkProjectZone(database, zone.id);
  return {
    zoneId: zone.id,
    usernames: { leader: leader.username, officer: officers[0]!.username },
    parkId: parkRows[0]!.id,
    projectIds: data.projects.map((row) => row.id!),
    rows: {
      leads: data.leads.length,
      followUps: data.followUps.length,
      projects: data.projects.length,
      milestones: data.milestones.length,
      funds: data.funds.length,
      reports: data.reports.length,
      stageChanges: data.stageChanges.length,
    },
    colours: data.colours,
    seconds: {
      setup: setupSeconds,
      generate: generateSeconds,
      copy: copySeconds,
      indexes: indexSeconds,
      analyze: analyzeSeconds,
    },
  };
}

interface Person {
  id: string;
  displayName: string;
}

interface GenerateOptions {
  zoneId: string;
  count: number;
  today: string;
  parkIds: string[];
  investmentDepartmentId: string;
  helpDepartmentIds: string[];
  leader: Person;
  officers: Person[];
}

/** Leads first (a quarter signed, each signed one turning into a project), then the projects. */
function generate(random: () => number, options: GenerateOptions) {
  const { zoneId, count, today, officers } = options;
  const leads: (typeof investmentLeads.$inferInsert)[] = [];
  const followUps: (typeof leadFollowUps.$inferInsert)[] = [];
  const projectRows: (typeof projects.$inferInsert)[] = [];
  const milestones: (typeof projectMilestones.$inferInsert)[] = [];
  const funds: (typeof projectFunds.$inferInsert)[] = [];
  const reports: (typeof projectReports.$inferInsert)[] = [];
  const stageChanges: (typeof projectStageChanges.$inferInsert)[] = [];
  const colours = { red: 0, yellow: 0, green: 0 };
  const days = projectYears * 365;
  const signedLeads: number[] = [];

  for (let index = 0; index < count; index += 1) {
    const trade = pick(random, trades);
    const name = `${pick(random, places)}${pick(random, brands)}${trade.word}${index}有限公司`;
    const registeredOn = addDays(today, -Math.floor(random() * days));
    const roll = random();
    const status =
      roll < 0.3
        ? 'lead'
        : roll < 0.55
          ? 'negotiating'
          : roll < 0.8
            ? 'signed'
            : roll < 0.9
              ? 'shelved'
              : 'abandoned';
    const owner = officers[index % officers.length]!;
    const contacted = daysBetween(registeredOn, today) > 3 || random() < 0.5;
    const id = randomUUID();
    if (status === 'signed') signedLeads.push(leads.length);
    leads.push({
      id,
      zoneId,
      companyName: name,
      companyKey: companyKey(name),
      contactName: `${pick(random, ['周', '吴', '郑', '王', '冯'])}总`,
      industryCode: trade.industry,
      intendedInvestment: String((1 + Math.floor(random() * 60)) * 5000),
      source: pick(random, leadSources),
      summary: `拟投资建设${trade.plan}。`,
      ownerId: owner.id,
      departmentId: options.investmentDepartmentId,
      parkId: pick(random, options.parkIds),
      status,
      // A few in a hundred were registered again by someone else (首报首谈).
      duplicateOfId: index > 0 && random() < 0.02 ? leads[index - 1]!.id : null,
      firstContactedAt: contacted ? new Date(`${addDays(registeredOn, 1)}T10:00:00+08:00`) : null,
      registeredAt: new Date(`${registeredOn}T09:30:00+08:00`),
    });
    if (contacted) {
      followUps.push({
        zoneId,
        leadId: id,
        kind: status === 'lead' ? 'contact' : 'visit',
        happenedOn: addDays(registeredOn, 1) > today ? today : addDays(registeredOn, 1),
        note: '对接投资意向，介绍园区产业定位与政策',
        byId: owner.id,
        byName: owner.displayName,
      });
    }
  }

  for (let index = 0; index < count; index += 1) {
    const id = randomUUID();
    const lead = index < signedLeads.length ? leads[signedLeads[index]!]! : undefined;
    if (lead) lead.projectId = id;
    const trade = pick(random, trades);
    const investorName =
      lead?.companyName ?? `${pick(random, places)}${pick(random, brands)}${trade.word}股份有限公司`;
    const signedOn = addDays(today, -Math.floor(random() * days));
    const total = (2 + Math.floor(random() * 80)) * 2500;
    const contract = Math.round(total * (0.6 + random() * 0.4));
    const liaison = officers[1 + (index % (officers.length - 1))]!;
    // Milestones due before today are mostly reached; one in twenty stalls and leaves the rest open.
    let stalled = false;
    let reachedStage = 0;
    const stageDates: Record<string, string> = {};
    const own = plan.map((step, order) => {
      const plannedOn = addDays(signedOn, Math.round(step.afterDays * (0.8 + random() * 0.5)));
      if (!stalled && plannedOn <= today && random() < 0.05) stalled = true;
      const reached = plannedOn <= today && !stalled;
      const late = addDays(plannedOn, Math.round((random() - 0.4) * 20));
      const actualOn = reached ? (late > today ? today : late < signedOn ? signedOn : late) : null;
      if (actualOn) {
        reachedStage = Math.max(reachedStage, projectStages.indexOf(step.stage));
        stageDates[step.stage] = actualOn;
      }
      return {
        id: randomUUID(),
        zoneId,
        projectId: id,
        name: step.name,
        plannedOn,
        actualOn,
        sortOrder: order,
      };
    });
    milestones.push(...own);
    const open = own.filter((milestone) => !milestone.actualOn).map((milestone) => milestone.plannedOn);
    const nextOpenOn = open.length > 0 ? open.reduce((a, b) => (a < b ? a : b)) : null;
    if (nextOpenOn && nextOpenOn < addDays(today, -15)) colours.red += 1;
    else if (nextOpenOn && nextOpenOn <= addDays(today, 7)) colours.yellow += 1;
    else colours.green += 1;
    const stage = projectStages[reachedStage]!;
    projectRows.push({
      id,
      zoneId,
      leadId: lead?.id ?? null,
      name: `${investorName.replace(/(股份)?有限公司$/, '')}${trade.plan}`,
      investorName,
      totalInvestment: String(total),
      contractAmount: String(contract),
      industryCode: trade.industry,
      parkId: pick(random, options.parkIds),
      plot: `${pick(random, ['A', 'B', 'C', 'D'])}-${String(1 + Math.floor(random() * 40)).padStart(2, '0')} 地块`,
      stage,
      signedOn,
      registeredOn: stageDates.registered ?? null,
      landGrantedOn: stageDates.landGranted ?? null,
      startedOn: stageDates.started ?? null,
      completedOn: stageDates.completed ?? null,
      producingOn: stageDates.producing ?? null,
      fullProductionOn: stageDates.fullProduction ?? null,
      leaderId: options.leader.id,
      sectionChiefId: officers[0]!.id,
      liaisonId: liaison.id,
      commissionerId: officers[1]!.id,
      departmentId: options.investmentDepartmentId,
      nextOpenOn,
      createdBy: officers[0]!.id,
    });
    stageChanges.push({
      zoneId,
      projectId: id,
      toStage: 'signed',
      happenedOn: signedOn,
      byName: '王科长',
      at: new Date(`${signedOn}T16:00:00+08:00`),
    });
    for (const [at, step] of projectStages.slice(1, reachedStage + 1).entries()) {
      const happenedOn = stageDates[step] ?? signedOn;
      stageChanges.push({
        zoneId,
        projectId: id,
        fromStage: projectStages[at]!,
        toStage: step,
        happenedOn,
        byName: liaison.displayName,
        at: new Date(`${happenedOn}T16:00:00+08:00`),
      });
    }
    // 到位资金: up to five dated entries, together at most the contract amount.
    const entries = Math.floor(random() * 6);
    for (let entry = 0; entry < entries; entry += 1) {
      funds.push({
        zoneId,
        projectId: id,
        receivedOn: addDays(signedOn, Math.floor(random() * Math.max(1, daysBetween(signedOn, today)))),
        amount: String(Math.floor(contract / 6)),
        byName: liaison.displayName,
      });
    }
    // Weekly reports while the project is being built: the last zero to sixteen Mondays, none before
    // signing — with the milestones, over the 200,000 rows the issue asks the bench to hold.
    if (stage !== 'fullProduction') {
      const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
      const weeks = Math.floor(random() * 17);
      for (let week = 0; week < weeks; week += 1) {
        const weekOf = addDays(monday, -7 * week);
        if (weekOf < signedOn) break;
        const help = random() < 0.1;
        reports.push({
          zoneId,
          projectId: id,
          weekOf,
          done: `${plan[Math.min(reachedStage, plan.length - 1)]!.name}相关工作推进中`,
          blockers: help ? '施工许可材料待补正' : null,
          helpNeeded: help ? '请协调审批窗口加快办理' : null,
          helpDepartmentId: help ? pick(random, options.helpDepartmentIds) : null,
          byId: liaison.id,
          byName: liaison.displayName,
          createdAt: new Date(`${weekOf}T17:00:00+08:00`),
        });
      }
    }
  }
  return { leads, followUps, projects: projectRows, milestones, funds, reports, stageChanges, colours };
}
