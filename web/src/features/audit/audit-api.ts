import { api } from '../../api/client';
import type { AuditList } from '../../api/contract';

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO date-times with offset. */
  from?: string;
  to?: string;
}

/** One page of the audit log, newest first (auditor only). */
export function listAuditEntries(
  filter: AuditFilter & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<AuditList> {
  return api.get<AuditList>('/api/audit', { query: { ...filter }, signal });
}
