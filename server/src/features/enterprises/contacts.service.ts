import { z } from 'zod';
import { todayInChina, type contactRequest } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertMayEdit, loadReadableEnterprise } from './enterprise-access.js';
import { presentContact } from './enterprise-presenter.js';
import {
  deleteContact,
  findContact,
  insertContact,
  touchEnterprise,
  updateContact,
} from './enterprise-records.repository.js';

type ContactInput = z.infer<typeof contactRequest>;

export async function addContact(db: Db, context: RequestContext, enterpriseId: string, input: ContactInput) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const row = await db.transaction(async (tx) => {
    const created = await insertContact(tx, {
      zoneId: actor.zoneId,
      enterpriseId,
      name: input.name,
      position: input.position ?? null,
      mobile: input.mobile ?? null,
    });
    if (!created) throw new AppError('INTERNAL');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_add',
      entityType: 'enterprise',
      entityId: enterpriseId,
      after: { contactId: created.id, name: created.name, position: created.position, mobile: '***' },
    });
    return created;
  });
  return presentContact(row);
}

export async function changeContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
  input: ContactInput,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const current = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!current) throw new AppError('NOT_FOUND');
  const row = await db.transaction(async (tx) => {
    const updated = await updateContact(tx, contactId, {
      name: input.name,
      position: input.position ?? null,
      // Lists only ever show masked numbers, so an edit that leaves the mobile out keeps it.
      mobile: input.mobile === undefined ? current.mobile : input.mobile,
    });
    if (!updated) throw new AppError('NOT_FOUND');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_update',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { contactId, name: current.name, position: current.position },
      after: {
        contactId,
        name: updated.name,
        position: updated.position,
        mobileChanged: current.mobile !== updated.mobile,
      },
    });
    return updated;
  });
  return presentContact(row);
}

export async function removeContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const current = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!current) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await deleteContact(tx, contactId);
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_remove',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { contactId, name: current.name, position: current.position },
    });
  });
}

/** Shows one mobile in full; every reveal is in the audit log. */
export async function revealContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  const contact = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!contact) throw new AppError('NOT_FOUND');
  await recordAudit(db, context, {
    action: 'enterprise.contact_reveal',
    entityType: 'enterprise',
    entityId: enterpriseId,
    after: { contactId, name: contact.name },
  });
  return presentContact(contact, true);
}
