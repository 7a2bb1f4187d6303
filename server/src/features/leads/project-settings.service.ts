import type { z } from 'zod';
import type { projectSettingsRequest } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findProjectSettings, saveProjectSettings } from './leads.repository.js';

const present = (row: Awaited<ReturnType<typeof findProjectSettings>>) => ({
  firstContactDays: row.firstContactDays,
  dueSoonDays: row.dueSoonDays,
  lateYellowDays: row.lateYellowDays,
  version: row.version,
});

export async function getProjectSettings(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  return present(await findProjectSettings(db, actor.zoneId));
}

/** The first-contact deadline and the project colour thresholds, saved with a version. */
export async function changeProjectSettings(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof projectSettingsRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const { version, ...values } = body;
  return db.transaction(async (tx) => {
    const before = await findProjectSettings(tx, actor.zoneId);
    if (!(await saveProjectSettings(tx, actor.zoneId, values, version))) {
      throw new AppError('CONFLICT', {}, [], present(before));
    }
    await recordAudit(tx, context, {
      action: 'project.settings.update',
      entityType: 'projectSettings',
      entityId: actor.zoneId,
      before: present(before),
      after: values,
    });
    return present(await findProjectSettings(tx, actor.zoneId));
  });
}
