import { api, apiRequest } from '../../api/client';
import type {
  Assignment,
  AssignmentRequest,
  Contact,
  ContactRequest,
  Qualification,
  QualificationRequest,
  Visit,
  VisitRequest,
} from '../../api/contract';

const childPath = (enterpriseId: string, kind: string, childId?: string) =>
  `/api/enterprises/${encodeURIComponent(enterpriseId)}/${kind}${childId ? `/${encodeURIComponent(childId)}` : ''}`;

/** Adds a qualification (officers); the enterprise's version goes up. */
export function addQualification(
  enterpriseId: string,
  request: QualificationRequest,
): Promise<Qualification> {
  return api.post<Qualification>(childPath(enterpriseId, 'qualifications'), request);
}

/** Replaces a qualification's fields. */
export function changeQualification(
  enterpriseId: string,
  qualificationId: string,
  request: QualificationRequest,
): Promise<Qualification> {
  return apiRequest<Qualification>('PUT', childPath(enterpriseId, 'qualifications', qualificationId), {
    body: request,
  });
}

/** Removes a qualification. */
export function removeQualification(enterpriseId: string, qualificationId: string): Promise<void> {
  return apiRequest<undefined>('DELETE', childPath(enterpriseId, 'qualifications', qualificationId));
}

/** Adds a contact (officers, or the enterprise's own users). */
export function addContact(enterpriseId: string, request: ContactRequest): Promise<Contact> {
  return api.post<Contact>(childPath(enterpriseId, 'contacts'), request);
}

/** Replaces a contact's fields; a missing mobile clears the stored one. */
export function changeContact(
  enterpriseId: string,
  contactId: string,
  request: ContactRequest,
): Promise<Contact> {
  return apiRequest<Contact>('PUT', childPath(enterpriseId, 'contacts', contactId), { body: request });
}

/** Removes a contact. */
export function removeContact(enterpriseId: string, contactId: string): Promise<void> {
  return apiRequest<undefined>('DELETE', childPath(enterpriseId, 'contacts', contactId));
}

/** The contact with the full mobile number; every call is written to the audit log. */
export function revealContact(enterpriseId: string, contactId: string): Promise<Contact> {
  return api.post<Contact>(`${childPath(enterpriseId, 'contacts', contactId)}/reveal`);
}

/** The enterprise's visit log, newest first (zone staff only). */
export async function listVisits(enterpriseId: string, signal?: AbortSignal): Promise<Visit[]> {
  const answer = await api.get<{ items: Visit[] }>(childPath(enterpriseId, 'visits'), { signal });
  return answer.items;
}

/** Records a visit (officers); the date may not lie in the future. */
export function addVisit(enterpriseId: string, request: VisitRequest): Promise<Visit> {
  return api.post<Visit>(childPath(enterpriseId, 'visits'), request);
}

/** Every change of key flag, liaison and responsible leader, newest first (zone staff only). */
export async function listAssignments(enterpriseId: string, signal?: AbortSignal): Promise<Assignment[]> {
  const answer = await api.get<{ items: Assignment[] }>(childPath(enterpriseId, 'assignments'), { signal });
  return answer.items;
}

/** Sets key flag, liaison and responsible leader; answers the new history. */
export async function assignResponsibility(
  enterpriseId: string,
  request: AssignmentRequest,
): Promise<Assignment[]> {
  const answer = await apiRequest<{ items: Assignment[] }>('PUT', childPath(enterpriseId, 'assignment'), {
    body: request,
  });
  return answer.items;
}
