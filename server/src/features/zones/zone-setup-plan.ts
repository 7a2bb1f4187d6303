import { z } from 'zod';
import {
  amountUnits,
  createDepartmentRequest,
  createParkRequest,
  createUserRequest,
  parseOutline,
  scheduleBases,
  updateZoneRequest,
  type SetupStatus,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import type { RequestContext } from '../../platform/request-context.js';
import { isUsernameTaken } from '../users/users.repository.js';
import { createUser } from '../users/users.service.js';
import {
  createZoneDepartment,
  listZoneDepartments,
  restoreZoneDepartment,
  updateZoneDepartment,
} from './departments.service.js';
import { createZonePark, listZoneParks, restoreZonePark, updateZonePark } from './parks.service.js';
import { getZoneSettings, setupStatusOf, updateZoneSettings } from './zone-settings.service.js';

/** A scripted installation: what `npm run setup` applies (from flags or a JSON file). */
export const setupPlan = z.strictObject({
  zone: z
    .strictObject({
      name: z.string().optional(),
      code: z.string().optional(),
      divisionCode: z.string().optional(),
      amountUnit: z.enum(amountUnits).optional(),
      scheduleBasis: z.enum(scheduleBases).optional(),
      filingDeadlineDay: z.number().int().optional(),
    })
    .optional(),
  departments: z
    .array(z.strictObject({ code: z.string(), name: z.string(), sortOrder: z.number().int().optional() }))
    .optional(),
  parks: z
    .array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        sortOrder: z.number().int().optional(),
        /** GeoJSON (object or text); the command line reads it from a file. */
        outline: z.unknown().optional(),
      }),
    )
    .optional(),
  officers: z
    .array(
      z.strictObject({
        username: z.string(),
        password: z.string(),
        /** The department's code. */
        department: z.string(),
        displayName: z.string().optional(),
      }),
    )
    .optional(),
});
export type SetupPlan = z.infer<typeof setupPlan>;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Applies a plan through the same services (and audit) as 系统设置: what exists by code or
 * username is brought in line or left alone, so running it twice changes nothing the second time.
 * Answers what it did, line by line, and the checklist afterwards.
 */
export async function applySetupPlan(
  db: Db,
  context: RequestContext,
  plan: SetupPlan,
): Promise<{ done: string[]; status: SetupStatus }> {
  const done: string[] = [];
  if (plan.zone) {
    const current = await getZoneSettings(db, context);
    const changes = Object.fromEntries(
      Object.entries(plan.zone).filter(
        ([key, value]) => value !== undefined && current[key as keyof typeof current] !== value,
      ),
    );
    if (Object.keys(changes).length > 0) {
      await updateZoneSettings(
        db,
        context,
        updateZoneRequest.parse({ ...changes, version: current.version }),
      );
      done.push(`园区信息已更新 / zone updated: ${Object.keys(changes).join(', ')}`);
    }
  }
  if (plan.departments?.length) {
    const existing = await listZoneDepartments(db, context);
    for (const wanted of plan.departments) {
      const found = [...existing.items, ...existing.retired].find((item) => same(item.code, wanted.code));
      if (!found) {
        await createZoneDepartment(db, context, createDepartmentRequest.parse(wanted));
        done.push(`部门已新建 / department created: ${wanted.code} ${wanted.name}`);
        continue;
      }
      let version = found.version;
      if (found.retiredAt) {
        version = (await restoreZoneDepartment(db, context, found.id, version)).version;
        done.push(`部门已恢复 / department restored: ${found.code}`);
      }
      const sortChanges = wanted.sortOrder !== undefined && wanted.sortOrder !== found.sortOrder;
      if (found.name !== wanted.name || sortChanges) {
        await updateZoneDepartment(db, context, found.id, {
          name: wanted.name,
          ...(wanted.sortOrder !== undefined && { sortOrder: wanted.sortOrder }),
          version,
        });
        done.push(`部门已更新 / department updated: ${found.code} ${wanted.name}`);
      }
    }
  }
  if (plan.parks?.length) {
    const existing = await listZoneParks(db, context);
    for (const wanted of plan.parks) {
      const found = [...existing.items, ...existing.retired].find((item) => same(item.code, wanted.code));
      const outline = wanted.outline as Parameters<typeof createZonePark>[2]['outline'];
      if (!found) {
        await createZonePark(
          db,
          context,
          createParkRequest.parse({
            code: wanted.code,
            name: wanted.name,
            sortOrder: wanted.sortOrder,
            outline,
          }),
        );
        done.push(`片区已新建 / sub-park created: ${wanted.code} ${wanted.name}`);
        continue;
      }
      let version = found.version;
      if (found.retiredAt) {
        version = (await restoreZonePark(db, context, found.id, version)).version;
        done.push(`片区已恢复 / sub-park restored: ${found.code}`);
      }
      const parsed = outline === undefined || outline === null ? undefined : parseOutline(outline);
      const normalised = parsed && 'outline' in parsed ? parsed.outline : outline;
      const outlineChanges =
        outline !== undefined && JSON.stringify(normalised ?? null) !== JSON.stringify(found.outline);
      const sortChanges = wanted.sortOrder !== undefined && wanted.sortOrder !== found.sortOrder;
      if (found.name !== wanted.name || sortChanges || outlineChanges) {
        await updateZonePark(db, context, found.id, {
          name: wanted.name,
          ...(wanted.sortOrder !== undefined && { sortOrder: wanted.sortOrder }),
          ...(outlineChanges && { outline }),
          version,
        });
        done.push(`片区已更新 / sub-park updated: ${found.code}`);
      }
    }
  }
  if (plan.officers?.length) {
    const departments = await listZoneDepartments(db, context);
    for (const officer of plan.officers) {
      if (await isUsernameTaken(db, officer.username.toLowerCase())) continue;
      const department = departments.items.find((item) => same(item.code, officer.department));
      if (!department)
        throw new Error(`没有代码为 ${officer.department} 的部门 / no department ${officer.department}`);
      await createUser(
        db,
        context,
        createUserRequest.parse({
          username: officer.username,
          displayName: officer.displayName ?? officer.username,
          role: 'officer',
          departmentId: department.id,
          password: officer.password,
        }),
      );
      done.push(`工作人员已创建 / officer created: ${officer.username} (${department.code})`);
    }
  }
  return { done, status: await setupStatusOf(db, requireZone(context)) };
}

function requireZone(context: RequestContext): string {
  if (!context.actor) throw new Error('no actor');
  return context.actor.zoneId;
}
