import { useSearchParams } from 'react-router-dom';

export const defaultPageSize = 20;

function pageNumber(value: string | null, fallback: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** The value of a parameter when it is one of the allowed ones. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/**
 * A list's filters and page in the address bar, so a filtered list can be bookmarked and shared.
 * A filter change returns to page 1.
 */
export function useListParams<Name extends string>(
  filterNames: readonly Name[],
): {
  get: (name: Name) => string | undefined;
  flag: (name: Name) => 'true' | undefined;
  page: number;
  pageSize: number;
  update: (changes: Partial<Record<Name | 'page' | 'pageSize', string | undefined>>) => void;
  hasFilters: boolean;
  clear: () => void;
} {
  const [params, setParams] = useSearchParams();
  const update = (changes: Partial<Record<Name | 'page' | 'pageSize', string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value as string);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const name of [...filterNames, 'page']) next.delete(name);
    setParams(next);
  };
  return {
    get: (name) => params.get(name)?.trim().slice(0, 60) || undefined,
    flag: (name) => (params.get(name) === 'true' ? 'true' : undefined),
    page: pageNumber(params.get('page'), 1, 100000),
    pageSize: pageNumber(params.get('pageSize'), defaultPageSize, 200),
    update,
    hasFilters: filterNames.some((name) => params.has(name)),
    clear,
  };
}
