import { addDays, companyKey, daysBetween, leadSources, type ParkOutline } from '@gaoxin/domain';
import type { Tx } from '../db/client.js';
import {
  investmentLeads,
  leadFollowUps,
  projectFunds,
  projectMilestones,
  projectStageChanges,
  projects,
} from '../db/schema/index.js';
import {
  demoProjectName,
  insertDemoReport,
  makeDemoInvestor,
  type DemoProject,
} from './demo-project-parties.js';

/**
 * Invented sub-park outlines for the map (a plane of 1000 × 600, not longitude and latitude):
 * three neighbouring parks along a river, one of them L-shaped.
 */
export const demoParkOutlines: Record<string, ParkOutline> = {
  P01: {
    type: 'Polygon',
    coordinates: [
      [
        [40, 80],
        [360, 60],
        [400, 300],
        [330, 520],
        [60, 540],
        [20, 300],
        [40, 80],
      ],
    ],
  },
  P02: {
    type: 'Polygon',
    coordinates: [
      [
        [420, 60],
        [700, 40],
        [720, 260],
        [560, 280],
        [560, 540],
        [400, 520],
        [440, 300],
        [420, 60],
      ],
    ],
  },
  P03: {
    type: 'Polygon',
    coordinates: [
      [
        [740, 60],
        [980, 100],
        [960, 520],
        [600, 560],
        [600, 320],
        [750, 280],
        [740, 60],
      ],
    ],
  },
};

const places = [
  '苏州',
  '深圳',
  '合肥',
  '杭州',
  '成都',
  '西安',
  '武汉',
  '宁波',
  '东莞',
  '无锡',
  '长沙',
  '青岛',
];
const brands = [
  '芯源',
  '恒瑞达',
  '博创',
  '科润',
  '新锐',
  '天工',
  '瀚海',
  '智远',
  '华拓',
  '金石',
  '光启',
  '鼎盛',
];
const trades = [
  { word: '半导体', industry: '3973', plan: '功率器件封测基地' },
  { word: '新能源', industry: '3841', plan: '储能电池生产线' },
  { word: '精密机械', industry: '3421', plan: '数控机床装配基地' },
  { word: '生物医药', industry: '2720', plan: '制剂生产基地' },
  { word: '电子材料', industry: '3985', plan: '电子专用材料项目' },
  { word: '智能装备', industry: '3499', plan: '智能装备产业园' },
  { word: '医疗器械', industry: '3581', plan: '医疗器械研发生产项目' },
  { word: '软件', industry: '6513', plan: '软件研发中心' },
];
const milestonePlan = [
  { name: '完成公司注册', stage: 'registered', afterDays: 30 },
  { name: '土地摘牌', stage: 'landGranted', afterDays: 120 },
  { name: '取得施工许可并开工', stage: 'started', afterDays: 210 },
  { name: '主体竣工', stage: 'completed', afterDays: 480 },
  { name: '试生产（投产）', stage: 'producing', afterDays: 600 },
  { name: '达产达效', stage: 'fullProduction', afterDays: 900 },
] as const;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export interface InvestmentDemoOptions {
  zoneId: string;
  parks: { id: string; code: string }[];
  /** The 招商 department runs the leads and projects. */
  investmentDepartmentId: string | null;
  users: { investment: string; officer: string; service: string; leader: string };
  userNames: Record<string, string>;
  anchors: string[];
  /** The zone's departments by code: late projects ask some of them for help. */
  departments?: { id: string; code: string; name: string }[];
  /** The demo enterprise account's enterprise: the investor of one project (我的项目). */
  investorEnterpriseId?: string | null;
  today: string;
  random: () => number;
}

/**
 * About 150 leads (a few registered twice, 首报首谈) and 80 projects across every stage, with
 * milestones planned and reached, dated 到位资金, weekly reports and a handful running late.
 * Dates are relative to the load day, so the 督办 list is never empty and never full.
 */
export async function loadDemoInvestment(tx: Tx, options: InvestmentDemoOptions) {
  const { zoneId, today, random, users } = options;
  const owners = [users.investment, users.investment, users.investment, users.officer];
  const leads: (typeof investmentLeads.$inferInsert)[] = [];
  const followUps: (typeof leadFollowUps.$inferInsert)[] = [];
  const usedNames = new Set<string>();
  for (let index = 0; leads.length < 150; index += 1) {
    const trade = pick(random, trades);
    const name = `${pick(random, places)}${pick(random, brands)}${trade.word}有限公司`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const registeredOn = addDays(today, -Math.floor(random() * 720));
    const age = daysBetween(registeredOn, today);
    const roll = random();
    const status =
      age < 20
        ? 'lead'
        : roll < 0.25
          ? 'lead'
          : roll < 0.55
            ? 'negotiating'
            : roll < 0.8
              ? 'signed'
              : roll < 0.9
                ? 'shelved'
                : 'abandoned';
    const source = pick(random, leadSources);
    const ownerId = owners[index % owners.length]!;
    const contacted = age > 3 || random() < 0.5;
    leads.push({
      zoneId,
      companyName: name,
      companyKey: companyKey(name),
      contactName: `${pick(random, ['周', '吴', '郑', '王', '冯'])}总`,
      contactPhone: `1${3 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      industryCode: trade.industry,
      intendedInvestment: String((1 + Math.floor(random() * 60)) * 5000),
      source,
      anchorEnterpriseId: source === 'anchor' ? pick(random, options.anchors) : null,
      summary: `拟投资建设${trade.plan}，${pick(random, ['已完成初步选址考察', '正在比选多地方案', '需要标准厂房过渡', '关注人才与配套政策'])}。`,
      ownerId,
      departmentId: options.investmentDepartmentId,
      parkId: pick(random, options.parks).id,
      status,
      statusReason:
        status === 'shelved'
          ? '企业投资计划推迟至明年'
          : status === 'abandoned'
            ? '企业最终选择落户外省'
            : null,
      firstContactedAt: contacted
        ? new Date(`${addDays(registeredOn, 1 + Math.floor(random() * 3))}T10:00:00+08:00`)
        : null,
      registeredAt: new Date(`${registeredOn}T09:30:00+08:00`),
    });
  }
  const leadRows = await tx.insert(investmentLeads).values(leads).returning();
  for (const lead of leadRows) {
    if (!lead.firstContactedAt) continue;
    const first = lead.firstContactedAt.toISOString().slice(0, 10);
    followUps.push({
      zoneId,
      leadId: lead.id,
      kind: 'contact',
      happenedOn: first,
      note: '电话对接投资意向，介绍园区产业定位与政策',
      byId: lead.ownerId,
      byName: options.userNames[lead.ownerId] ?? '',
    });
    if (lead.status !== 'lead') {
      followUps.push({
        zoneId,
        leadId: lead.id,
        kind: random() < 0.5 ? 'visit' : 'negotiation',
        happenedOn:
          addDays(first, 10 + Math.floor(random() * 30)) > today
            ? today
            : addDays(first, 10 + Math.floor(random() * 30)),
        note: pick(random, [
          '赴企业总部洽谈，初步确定投资规模',
          '企业来园区实地考察地块',
          '就供地和装修补贴条款进行磋商',
        ]),
        byId: lead.ownerId,
        byName: options.userNames[lead.ownerId] ?? '',
      });
    }
  }
  // 首报首谈: three companies registered again by another officer, flagged with the first reporter.
  const held = leadRows.filter((lead) => lead.status === 'lead' || lead.status === 'negotiating').slice(0, 3);
  if (held.length > 0) {
    await tx.insert(investmentLeads).values(
      held.map((lead) => ({
        zoneId,
        companyName: lead.companyName.replace('有限公司', '（集团）有限公司'),
        companyKey: companyKey(lead.companyName),
        source: 'other',
        ownerId: users.service,
        status: 'lead',
        duplicateOfId: lead.id,
        registeredAt: new Date(lead.registeredAt.getTime() + 5 * 86_400_000),
      })),
    );
  }
  if (followUps.length > 0) await tx.insert(leadFollowUps).values(followUps);

  await loadDemoProjects(
    tx,
    options,
    leadRows.filter((lead) => lead.status === 'signed'),
  );
}

async function loadDemoProjects(
  tx: Tx,
  options: InvestmentDemoOptions,
  signedLeads: (typeof investmentLeads.$inferSelect)[],
) {
  const { zoneId, today, random, users } = options;
  const count = 80;
  const made: DemoProject[] = [];
  /** Help requests made of each department so far. */
  const askedOf = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const lead = signedLeads[index];
    const trade = pick(random, trades);
    const investorName =
      lead?.companyName ?? `${pick(random, places)}${pick(random, brands)}${trade.word}股份有限公司`;
    const signedOn = addDays(today, -Math.floor(30 + random() * 1000));
    const total = (2 + Math.floor(random() * 80)) * 2500;
    // Most contracts are the whole investment; a few exceed it (a visible warning, as in real ledgers).
    const contract = random() < 0.05 ? total + 5000 : Math.round(total * (0.6 + random() * 0.4));
    const age = daysBetween(signedOn, today);
    // How far the project got: the milestones planned before today mostly reached, a few late.
    const plan = milestonePlan.map((milestone) => ({
      ...milestone,
      plannedOn: addDays(signedOn, Math.round(milestone.afterDays * (0.8 + random() * 0.5))),
    }));
    let stage = 'signed';
    const stageDates: Record<string, string | null> = {};
    const milestones: (typeof projectMilestones.$inferInsert)[] = [];
    let stalled = false;
    for (const [order, milestone] of plan.entries()) {
      const due = milestone.plannedOn <= today;
      // Now and then a project stalls at a step (about one in five overall): its milestone stays open past the plan.
      if (!stalled && due && random() < 0.05) stalled = true;
      const reached = due && !stalled;
      const actualOn = reached ? addDays(milestone.plannedOn, Math.round((random() - 0.4) * 20)) : null;
      const actual = actualOn && actualOn > today ? today : actualOn;
      milestones.push({
        zoneId,
        projectId: '',
        name: milestone.name,
        plannedOn: milestone.plannedOn,
        actualOn: actual,
        sortOrder: order,
      });
      if (actual) {
        stage = milestone.stage;
        stageDates[milestone.stage] = actual < signedOn ? signedOn : actual;
      }
    }
    const [project] = await tx
      .insert(projects)
      .values({
        zoneId,
        leadId: lead?.id ?? null,
        name: demoProjectName(investorName, trade.plan),
        investorName,
        totalInvestment: String(total),
        contractAmount: String(contract),
        industryCode: trade.industry,
        parkId: pick(random, options.parks).id,
        plot: `${pick(random, ['A', 'B', 'C', 'D'])}-${String(1 + Math.floor(random() * 40)).padStart(2, '0')} 地块`,
        stage,
        signedOn,
        registeredOn: stageDates.registered ?? null,
        landGrantedOn: stageDates.landGranted ?? null,
        startedOn: stageDates.started ?? null,
        completedOn: stageDates.completed ?? null,
        producingOn: stageDates.producing ?? null,
        fullProductionOn: stageDates.fullProduction ?? null,
        leaderId: users.leader,
        sectionChiefId: users.investment,
        liaisonId: index % 2 === 0 ? users.officer : users.service,
        commissionerId: users.investment,
        planDocument: `${trade.plan}推进方案（示例）：明确供地、报建、开工、投产各节点及责任人。`,
        departmentId: options.investmentDepartmentId,
        nextOpenOn: milestones.find((milestone) => !milestone.actualOn)?.plannedOn ?? null,
        createdBy: users.investment,
      })
      .returning({ id: projects.id });
    const projectId = project!.id;
    await tx.insert(projectMilestones).values(milestones.map((milestone) => ({ ...milestone, projectId })));
    await tx.insert(projectStageChanges).values([
      {
        zoneId,
        projectId,
        fromStage: null,
        toStage: 'signed',
        happenedOn: signedOn,
        byName: '王专员（招商局）',
      },
      ...(stage !== 'signed'
        ? [
            {
              zoneId,
              projectId,
              fromStage: 'signed',
              toStage: stage,
              happenedOn: stageDates[stage]!,
              byName: '王专员（招商局）',
            },
          ]
        : []),
    ]);
    // 到位资金 arrive in tranches after signing.
    const tranches = Math.min(6, Math.floor(age / 90));
    const funds: (typeof projectFunds.$inferInsert)[] = [];
    for (let tranche = 0; tranche < tranches; tranche += 1) {
      funds.push({
        zoneId,
        projectId,
        receivedOn: addDays(signedOn, 60 + tranche * 90 + Math.floor(random() * 30)),
        amount: String(Math.round((contract / 10) * (0.5 + random()))),
        note: `第${tranche + 1}笔到位`,
        byName: '王专员（招商局）',
      });
    }
    const received = funds.filter((fund) => fund.receivedOn! <= today);
    if (received.length > 0) await tx.insert(projectFunds).values(received);
    made.push({
      id: projectId,
      plan: trade.plan,
      fromLead: lead !== undefined,
      stage,
      funds: received.length,
    });
    const open = milestones.find((milestone) => !milestone.actualOn);
    if (open) {
      const late = open.plannedOn! < today;
      const weekOf = addDays(
        today,
        -((((daysBetween('2026-01-05', today) % 7) + 7) % 7) + 7 * Math.floor(random() * 2)),
      );
      const blocker = late
        ? pick(random, ['施工许可材料需补正', '临时用电尚未接入', '土地摘牌资金未到位'])
        : null;
      await insertDemoReport(tx, options, askedOf, {
        projectId,
        weekOf,
        done: `推进“${open.name}”相关工作`,
        blocker,
        late,
        liaisonId: index % 2 === 0 ? users.officer : users.service,
      });
    }
  }
  await makeDemoInvestor(tx, options, made);
}
