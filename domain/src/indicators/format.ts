import { formatAmount, parseAmount, wanToYi } from './amount.js';

/**
 * How a figure is written on the dashboard and in the bulletin (the same function for both, so
 * they always agree): 万元 totals of 1亿 or more in 亿元 with two decimals, other amounts in their
 * unit with the indicator's decimals.
 */
export function displayFigure(exact: string, unit: string, decimals: number): string {
  const value = parseAmount(exact);
  const absolute = value < 0n ? -value : value;
  if (unit === '万元' && absolute >= parseAmount('10000')) return `${wanToYi(value)}亿元`;
  return `${formatAmount(value, decimals)}${unit}`;
}

/** "42.86%" / "-3.20%" / "—" for a missing rate. */
export function displayPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)}%`;
}
