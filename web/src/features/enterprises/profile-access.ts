import { can } from '@gaoxin/domain';
import type { CurrentUser } from '../../api/contract';

/** What the signed-in user may do on one enterprise's profile. */
export interface ProfileAccess {
  /** Officers: every field, qualifications, visits and responsibility. */
  mayWrite: boolean;
  /** The enterprise's own users: its address and contacts. */
  mayEditOwn: boolean;
  /** Contacts may be added, changed and removed. */
  mayManageContacts: boolean;
  /** Zone staff see visits and responsibility; the enterprise itself does not. */
  isZoneStaff: boolean;
}

/** Derives the profile's buttons from the role table in @gaoxin/domain; the server checks the same rules. */
export function profileAccess(user: CurrentUser, enterpriseId: string): ProfileAccess {
  const mayWrite = can(user.role, 'enterprise.write');
  const mayEditOwn = can(user.role, 'enterprise.editOwn') && user.enterpriseId === enterpriseId;
  return {
    mayWrite,
    mayEditOwn,
    mayManageContacts: mayWrite || mayEditOwn,
    isZoneStaff: user.role !== 'enterprise',
  };
}
