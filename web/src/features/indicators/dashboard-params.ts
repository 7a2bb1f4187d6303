import { periodPattern } from '@gaoxin/domain';
import { useSearchParams } from 'react-router-dom';
import type { Slice } from './indicators-api';

/** How the industry charts split the zone: by 主导产业 or by GB/T 4754 门类. */
export type IndustryDimension = 'leading' | 'industry';
export const trendLengths = [12, 24, 36] as const;
export type TrendLength = (typeof trendLengths)[number];

/** The dashboard's state as kept in the address, so a view can be bookmarked and shared. */
export interface DashboardState {
  /** Undefined until chosen: the server then answers with the latest period. */
  period?: string;
  indicator?: string;
  slice: Slice;
  industryBy: IndustryDimension;
  months: TrendLength;
}

/** Address parameter names; short ones for the slice, as on the enterprise list. */
export type DashboardParam =
  | 'period'
  | 'indicator'
  | 'park'
  | 'section'
  | 'leading'
  | 'qualification'
  | 'aboveScale'
  | 'key'
  | 'industryBy'
  | 'months';

const sliceParams: DashboardParam[] = ['park', 'section', 'leading', 'qualification', 'aboveScale', 'key'];

function flag(value: string | null): 'true' | 'false' | undefined {
  return value === 'true' || value === 'false' ? value : undefined;
}

function text(value: string | null, maxLength: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= maxLength ? trimmed : undefined;
}

/** Reads the dashboard's state from the address and writes changes back. */
export function useDashboardParams(): {
  state: DashboardState;
  update: (changes: Partial<Record<DashboardParam, string | undefined>>) => void;
  hasSliceFilters: boolean;
  clearSlice: () => void;
} {
  const [params, setParams] = useSearchParams();
  const period = params.get('period');
  const section = params.get('section');
  const months = Number(params.get('months'));
  const state: DashboardState = {
    period: period && periodPattern.test(period) ? period : undefined,
    indicator: text(params.get('indicator'), 32),
    slice: {
      parkId: text(params.get('park'), 64),
      industrySection: section && /^[A-T]$/.test(section) ? section : undefined,
      leadingIndustry: text(params.get('leading'), 40),
      qualification: text(params.get('qualification'), 40),
      aboveScale: flag(params.get('aboveScale')),
      key: flag(params.get('key')),
    },
    industryBy: params.get('industryBy') === 'industry' ? 'industry' : 'leading',
    months: trendLengths.find((length) => length === months) ?? 24,
  };

  const update = (changes: Partial<Record<DashboardParam, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  };
  const hasSliceFilters = sliceParams.some((name) => params.has(name));
  const clearSlice = () => {
    const next = new URLSearchParams(params);
    for (const name of sliceParams) next.delete(name);
    setParams(next);
  };
  return { state, update, hasSliceFilters, clearSlice };
}

/** The slice with one more filter: the one a clicked bar or pie slice stands for. */
export function narrowSlice(slice: Slice, dimension: string, key: string): Slice {
  switch (dimension) {
    case 'park':
      return { ...slice, parkId: key };
    case 'industry':
      return { ...slice, industrySection: key };
    case 'leading':
      return { ...slice, leadingIndustry: key };
    case 'qualification':
      return { ...slice, qualification: key };
    case 'scale':
      return { ...slice, aboveScale: key === 'true' ? 'true' : 'false' };
    case 'key':
      return { ...slice, key: key === 'true' ? 'true' : 'false' };
    default:
      return slice;
  }
}
