import { useSearchParams } from 'react-router-dom';
import type { EnterpriseFilter, ScaleFilter, SortField, SortOrder } from './enterprises-api';

export const defaultPageSize = 20;

const sortFields: readonly SortField[] = ['name', 'creditCode', 'establishedOn', 'updatedAt'];
const scales: readonly ScaleFilter[] = ['large', 'medium', 'small', 'micro'];

/** Names of the list's state in the address bar, so a filtered list can be bookmarked and shared. */
export type ListParam =
  | 'q'
  | 'park'
  | 'industry'
  | 'qualification'
  | 'scale'
  | 'aboveScale'
  | 'key'
  | 'liaison'
  | 'sort'
  | 'order'
  | 'page'
  | 'pageSize';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

function flag(value: string | null): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function pageNumber(value: string | null, fallback: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** Reads the list's filter from the address and writes changes back (a filter change returns to page 1). */
export function useListParams(): {
  filter: EnterpriseFilter;
  update: (changes: Partial<Record<ListParam, string | undefined>>) => void;
  hasFilters: boolean;
  clear: () => void;
} {
  const [params, setParams] = useSearchParams();
  const get = (name: ListParam) => params.get(name) ?? undefined;
  const industry = get('industry');
  const filter: EnterpriseFilter = {
    q: get('q')?.trim() || undefined,
    parkId: get('park'),
    industry: industry && /^[A-T]$|^\d{2,4}$/.test(industry) ? industry : undefined,
    qualification: get('qualification'),
    scale: oneOf(params.get('scale'), scales),
    aboveScale: flag(params.get('aboveScale')),
    key: flag(params.get('key')),
    liaisonId: get('liaison'),
    sort: oneOf(params.get('sort'), sortFields) ?? 'name',
    order: oneOf<SortOrder>(params.get('order'), ['asc', 'desc']) ?? 'asc',
    page: pageNumber(params.get('page'), 1, 100000),
    pageSize: pageNumber(params.get('pageSize'), defaultPageSize, 200),
  };

  const update = (changes: Partial<Record<ListParam, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const filterNames: ListParam[] = [
    'q',
    'park',
    'industry',
    'qualification',
    'scale',
    'aboveScale',
    'key',
    'liaison',
  ];
  const hasFilters = filterNames.some((name) => params.has(name));
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const name of [...filterNames, 'page']) next.delete(name);
    setParams(next);
  };
  return { filter, update, hasFilters, clear };
}
