import type {
  createDepartmentRequest,
  createParkRequest,
  SetupStatus,
  updateDepartmentRequest,
  updateParkRequest,
  UpdateZoneRequest,
  ZoneDepartment,
  ZonePark,
  ZoneSettings,
} from '@gaoxin/domain';
import { api } from '../../api/client';

type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type { SetupStatus, ZoneDepartment, ZonePark, ZoneSettings };
export type DepartmentDraft = Input<typeof createDepartmentRequest>;
export type DepartmentChange = Input<typeof updateDepartmentRequest>;
export type ParkDraft = Input<typeof createParkRequest>;
export type ParkChange = Input<typeof updateParkRequest>;
export interface DepartmentOfficer {
  id: string;
  name: string;
  username: string;
  isHead: boolean;
}

export const getZoneSettings = (signal?: AbortSignal) => api.get<ZoneSettings>('/api/zone', { signal });
export const updateZoneSettings = (request: UpdateZoneRequest) =>
  api.patch<ZoneSettings>('/api/zone', request);
export const getSetupStatus = (signal?: AbortSignal) =>
  api.get<SetupStatus>('/api/zone/setup-status', { signal });

export const listZoneDepartments = (signal?: AbortSignal) =>
  api.get<{ items: ZoneDepartment[]; retired: ZoneDepartment[] }>('/api/zone/departments', { signal });
export const createZoneDepartment = (request: DepartmentDraft) =>
  api.post<ZoneDepartment>('/api/zone/departments', request);
export const updateZoneDepartment = (id: string, request: DepartmentChange) =>
  api.patch<ZoneDepartment>(`/api/zone/departments/${encodeURIComponent(id)}`, request);
export const listDepartmentOfficers = (id: string, signal?: AbortSignal) =>
  api.get<{ items: DepartmentOfficer[] }>(`/api/zone/departments/${encodeURIComponent(id)}/officers`, {
    signal,
  });
/** Retires (`retire`) or restores (`restore`) a department. */
export const stepZoneDepartment = (id: string, step: 'retire' | 'restore', version: number) =>
  api.post<ZoneDepartment>(`/api/zone/departments/${encodeURIComponent(id)}/${step}`, { version });

export const listZoneParks = (signal?: AbortSignal) =>
  api.get<{ items: ZonePark[]; retired: ZonePark[] }>('/api/zone/parks', { signal });
export const createZonePark = (request: ParkDraft) => api.post<ZonePark>('/api/zone/parks', request);
export const updateZonePark = (id: string, request: ParkChange) =>
  api.patch<ZonePark>(`/api/zone/parks/${encodeURIComponent(id)}`, request);
export const stepZonePark = (id: string, step: 'retire' | 'restore', version: number) =>
  api.post<ZonePark>(`/api/zone/parks/${encodeURIComponent(id)}/${step}`, { version });
