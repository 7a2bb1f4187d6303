import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { enterprises, inboxMessages, projectReports, projects } from '../db/schema/index.js';
import { findOfficerIds } from '../features/inbox/inbox.repository.js';
import { postToInbox } from '../features/inbox/inbox.service.js';
import { noticeHelpAsked } from '../features/projects/project-help.service.js';
import type { InvestmentDemoOptions } from './demo-investment.js';

/** A demo project as the loader made it, enough to pick the demo investor's. */
/**
 * The investor's name without its legal form, then the plan, without saying the trade twice
 * (恒瑞达软件 + 软件研发中心 → 恒瑞达软件研发中心).
 */
export function demoProjectName(investorName: string, plan: string): string {
  const stem = investorName.replace(/(股份)?有限公司$/, '');
  for (let overlap = Math.min(stem.length, plan.length); overlap >= 2; overlap -= 1) {
    if (stem.endsWith(plan.slice(0, overlap))) return stem + plan.slice(overlap);
  }
  return stem + plan;
}

export interface DemoProject {
  id: string;
  plan: string;
  fromLead: boolean;
  stage: string;
  funds: number;
}

/** Which department a late project's blocker asks for help, and what the department answers. */
const helpByBlocker: Record<string, { department: string; text: string; answer: string | null }> = {
  施工许可材料需补正: { department: 'D05', text: '请规建局指导补正施工许可材料并加快复核', answer: null },
  临时用电尚未接入: {
    department: 'D03',
    text: '请企服中心协调供电公司尽快接入施工临时用电',
    answer: '已与供电公司对接，临时用电本周内接入',
  },
  土地摘牌资金未到位: { department: 'D06', text: '请财政金融局协调摘牌资金的融资对接', answer: null },
};

/**
 * A project's weekly report; a late one asks the department its blocker needs (when the zone has it),
 * and every other request to a department has been answered, so the demo shows both states.
 */
export async function insertDemoReport(
  tx: Tx,
  options: InvestmentDemoOptions,
  askedOf: Map<string, number>,
  report: {
    projectId: string;
    weekOf: string;
    done: string;
    blocker: string | null;
    late: boolean;
    liaisonId: string;
  },
) {
  const help = report.blocker ? helpByBlocker[report.blocker] : undefined;
  const department = help && options.departments?.find((each) => each.code === help.department);
  const [row] = await tx
    .insert(projectReports)
    .values({
      zoneId: options.zoneId,
      projectId: report.projectId,
      weekOf: report.weekOf,
      done: report.done,
      blockers: report.blocker,
      helpNeeded: department ? help.text : report.late ? '请相关部门协调加快办理' : null,
      helpDepartmentId: department?.id ?? null,
      byId: options.users.investment,
      byName: '王专员（招商局）',
    })
    .returning({ id: projectReports.id });
  if (!department || !help || !row) return;
  const asked = (askedOf.get(department.id) ?? 0) + 1;
  askedOf.set(department.id, asked);
  await askDemoHelp(tx, options, {
    projectId: report.projectId,
    reportId: row.id,
    department,
    help,
    answered: asked % 2 === 0,
    liaisonId: report.liaisonId,
  });
}

/**
 * A help request reaches the department's inbox as a report would send it; when `answered` (and the
 * department has an answer) it is answered, the request read and the team told.
 */
async function askDemoHelp(
  tx: Tx,
  options: InvestmentDemoOptions,
  request: {
    projectId: string;
    reportId: string;
    department: { id: string; name: string };
    help: { text: string; answer: string | null };
    answered: boolean;
    liaisonId: string;
  },
) {
  const { zoneId, users } = options;
  await noticeHelpAsked(tx, {
    zoneId,
    projectId: request.projectId,
    departmentId: request.department.id,
    helpNeeded: request.help.text,
    byId: users.investment,
  });
  if (!request.answered || !request.help.answer) return;
  const [answerer] = await findOfficerIds(tx, zoneId, [request.department.id]);
  if (!answerer) return;
  await tx
    .update(projectReports)
    .set({
      helpAnswer: request.help.answer,
      helpAnsweredById: answerer,
      helpAnsweredByName: options.userNames[answerer] ?? '',
      helpAnsweredAt: new Date(),
    })
    .where(eq(projectReports.id, request.reportId));
  // The department read the request before it answered.
  await tx
    .update(inboxMessages)
    .set({ readAt: new Date() })
    .where(and(eq(inboxMessages.projectId, request.projectId), eq(inboxMessages.kind, 'projectHelpAsked')));
  await postToInbox(tx, {
    zoneId,
    recipients: [users.leader, users.investment, request.liaisonId],
    kind: 'projectHelpAnswered',
    projectId: request.projectId,
    detail: `${request.department.name}：${request.help.answer}`,
    exceptUserId: answerer,
  });
}

/**
 * The demo enterprise account's enterprise becomes the investor of one project under way (not one
 * from a lead, whose company name it would contradict), so 我的项目 has something to show.
 */
export async function makeDemoInvestor(tx: Tx, options: InvestmentDemoOptions, made: DemoProject[]) {
  if (!options.investorEnterpriseId) return;
  const chosen =
    made.find((each) => !each.fromLead && each.stage === 'started' && each.funds > 1) ??
    made.find((each) => !each.fromLead);
  const [investor] = await tx
    .select({ name: enterprises.name })
    .from(enterprises)
    .where(eq(enterprises.id, options.investorEnterpriseId));
  if (!chosen || !investor) return;
  await tx
    .update(projects)
    .set({
      investorEnterpriseId: options.investorEnterpriseId,
      investorName: investor.name,
      name: demoProjectName(investor.name, chosen.plan),
    })
    .where(eq(projects.id, chosen.id));
}
