import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatMessage, setupSteps, errorMessages, type SetupStatus } from '@gaoxin/domain';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { AppError } from '../platform/app-error.js';
import type { RequestContext } from '../platform/request-context.js';
import { bootstrapDatabase } from '../seed/bootstrap.js';
import { findAdminByUsername, findFirstAdmin } from '../features/zones/zones.repository.js';
import { applySetupPlan, setupPlan, type SetupPlan } from '../features/zones/zone-setup-plan.js';

const usage = `npm run setup -- [选项 options]
  --file plan.json              读取 JSON 配置 / read a JSON plan (flags below are added to it)
  --zone-name 某某高新区          园区名称 / zone name
  --zone-code CODE              园区代码 / zone code
  --division 510500             行政区划代码 / administrative division code
  --amount-unit 万元             金额单位 元|万元|亿元
  --schedule-basis months|days  时序进度口径 / basis of 时序进度
  --filing-day 10               填报截止日（次月第 N 日）/ filing deadline day
  --department CODE:名称         部门，可重复 / department, repeatable
  --park CODE:名称[:边界.geojson] 片区，可重复 / sub-park, repeatable
  --officer 用户名:密码:部门代码[:姓名]  首位工作人员，可重复 / officer, repeatable
  --admin USERNAME              以哪个管理员身份执行（默认第一个）/ acting administrator
  --check                       只打印清单 / print the checklist only
运行两次结果相同：已存在的按代码或用户名更新或跳过。Idempotent: existing records are matched by code or username.`;

const stepLabels: Record<(typeof setupSteps)[number], string> = {
  zoneNamed: '园区已命名 zone named',
  departments: '已有部门 departments',
  parks: '已有片区 sub-parks',
  officer: '已有工作人员 an officer',
  enterprises: '已有企业（已导入）enterprises',
};

/** Splits `A:B:C` into at most `parts` pieces (the last keeps any further colons). */
function pieces(value: string, parts: number): string[] {
  const all = value.split(':');
  return [...all.slice(0, parts - 1), all.slice(parts - 1).join(':')].filter(
    (_, index) => index < all.length,
  );
}

function planFromArguments(argv: string[], cwd: string): { plan: SetupPlan; admin?: string; check: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      'zone-name': { type: 'string' },
      'zone-code': { type: 'string' },
      division: { type: 'string' },
      'amount-unit': { type: 'string' },
      'schedule-basis': { type: 'string' },
      'filing-day': { type: 'string' },
      department: { type: 'string', multiple: true },
      park: { type: 'string', multiple: true },
      officer: { type: 'string', multiple: true },
      admin: { type: 'string' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const fromFile = values.file
    ? (JSON.parse(readFileSync(resolve(cwd, values.file), 'utf8')) as Record<string, unknown>)
    : {};
  const raw = setupPlan.parse(fromFile);
  const zone = { ...raw.zone };
  if (values['zone-name']) zone.name = values['zone-name'];
  if (values['zone-code']) zone.code = values['zone-code'];
  if (values.division) zone.divisionCode = values.division;
  if (values['amount-unit']) zone.amountUnit = values['amount-unit'] as NonNullable<typeof zone.amountUnit>;
  if (values['schedule-basis']) {
    zone.scheduleBasis = values['schedule-basis'] as NonNullable<typeof zone.scheduleBasis>;
  }
  if (values['filing-day']) zone.filingDeadlineDay = Number.parseInt(values['filing-day'], 10);
  const departments = [...(raw.departments ?? [])];
  for (const value of values.department ?? []) {
    const [code = '', name = ''] = pieces(value, 2);
    departments.push({ code, name });
  }
  const parks = [...(raw.parks ?? [])];
  for (const value of values.park ?? []) {
    const [code = '', name = '', file] = pieces(value, 3);
    parks.push({ code, name, ...(file && { outline: readFileSync(resolve(cwd, file), 'utf8') }) });
  }
  const officers = [...(raw.officers ?? [])];
  for (const value of values.officer ?? []) {
    const [username = '', password = '', department = '', displayName] = pieces(value, 4);
    officers.push({ username, password, department, ...(displayName && { displayName }) });
  }
  const plan = setupPlan.parse({
    ...(Object.keys(zone).length > 0 && { zone }),
    ...(departments.length > 0 && { departments }),
    ...(parks.length > 0 && { parks }),
    ...(officers.length > 0 && { officers }),
  });
  return { plan, admin: values.admin, check: Boolean(values.check) };
}

function printStatus(status: SetupStatus) {
  const lines = status.steps.map((item) => `  ${item.done ? '✓' : '✗'} ${stepLabels[item.step]}`);
  const { departments, parks, officers, enterprises } = status.counts;
  lines.push(`  部门 ${departments} · 片区 ${parks} · 工作人员 ${officers} · 企业 ${enterprises}`);
  lines.push(status.complete ? '首次配置已完成 / setup complete' : '首次配置未完成 / setup not complete');
  process.stdout.write(`首次配置清单 / setup checklist\n${lines.join('\n')}\n`);
}

/** A readable line for a refused step: the service's message and its field problems, in Chinese. */
function describe(error: unknown): string {
  if (error instanceof AppError) {
    const template = error.text?.zh ?? errorMessages[error.code].zh;
    const fields = error.fields.map((field) => `${field.field}: ${field.text?.zh ?? field.key}`);
    return [formatMessage(template, error.params), ...fields].join('; ');
  }
  if (error && typeof error === 'object' && 'issues' in error) return JSON.stringify(error.issues);
  return error instanceof Error ? error.message : String(error);
}

/** npm run setup: a scripted install that applies the first-run checklist through the services. */
async function main() {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const { plan, admin, check } = planFromArguments(process.argv.slice(2), cwd);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    // A scripted install never loads the demo: an empty database gets its zone and `admin` only.
    const created = await bootstrapDatabase(database.db, { ...config, loadDemo: false });
    if (created.accounts.length > 0) {
      process.stdout.write(
        created.passwordChosenByOperator
          ? `已创建 admin（密码取自 GAOXIN_ADMIN_PASSWORD）/ admin created\n`
          : `已创建 admin，初始密码 / admin created, initial password: ${created.password}\n`,
      );
    }
    const actorRow = admin
      ? await findAdminByUsername(database.db, admin)
      : await findFirstAdmin(database.db);
    if (!actorRow) throw new Error(`找不到管理员 / no administrator ${admin ?? ''}`);
    const context: RequestContext = {
      actor: {
        userId: actorRow.id,
        username: actorRow.username,
        role: 'admin',
        zoneId: actorRow.zoneId,
        departmentId: null,
        enterpriseId: null,
        isLiaison: false,
        mustChangePassword: false,
        sessionId: 'cli',
      },
      ip: 'cli',
      requestId: `setup-${Date.now()}`,
      userAgent: 'npm run setup',
    };
    const { done, status } = await applySetupPlan(database.db, context, check ? {} : plan);
    for (const line of done) process.stdout.write(`${line}\n`);
    if (!check && done.length === 0) process.stdout.write('无需更改 / nothing to change\n');
    printStatus(status);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`配置失败 / setup failed: ${describe(error)}\n`);
  process.exit(1);
});
