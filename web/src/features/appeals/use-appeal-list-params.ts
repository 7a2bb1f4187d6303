import { appealStates } from '@gaoxin/domain';
import { useSearchParams } from 'react-router-dom';
import { severities } from './appeal-labels';
import type { AppealFilter, AppealScope, AppealSort } from './appeals-api';

export const defaultPageSize = 20;

/** Names of a list's state in the address bar, so a filtered list can be bookmarked and shared. */
export type AppealListParam =
  'q' | 'state' | 'open' | 'category' | 'severity' | 'department' | 'overdue' | 'sort' | 'page' | 'pageSize';

const filterNames: AppealListParam[] = [
  'q',
  'state',
  'open',
  'category',
  'severity',
  'department',
  'overdue',
];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

function pageNumber(value: string | null, fallback: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** Reads a list's filter from the address and writes changes back (a filter change returns to page 1). */
export function useAppealListParams(
  scope: AppealScope,
  defaultSort: AppealSort,
): {
  filter: AppealFilter;
  update: (changes: Partial<Record<AppealListParam, string | undefined>>) => void;
  hasFilters: boolean;
  clear: () => void;
} {
  const [params, setParams] = useSearchParams();
  const get = (name: AppealListParam) => params.get(name) || undefined;
  const filter: AppealFilter = {
    scope,
    q: get('q')?.trim().slice(0, 60) || undefined,
    state: oneOf(params.get('state'), appealStates),
    open: params.get('open') === 'true' ? 'true' : undefined,
    categoryId: get('category'),
    severity: oneOf(params.get('severity'), severities),
    departmentId: get('department'),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    sort: oneOf<AppealSort>(params.get('sort'), ['deadline', 'submitted']) ?? defaultSort,
    page: pageNumber(params.get('page'), 1, 100000),
    pageSize: pageNumber(params.get('pageSize'), defaultPageSize, 200),
  };

  const update = (changes: Partial<Record<AppealListParam, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const hasFilters = filterNames.some((name) => params.has(name));
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const name of [...filterNames, 'page']) next.delete(name);
    setParams(next);
  };
  return { filter, update, hasFilters, clear };
}
