/**
 * Exact amounts for statistics: 万元 (or any unit) with up to four decimals, held as integers of
 * 1/10,000 in a bigint, so sums never drift the way binary floats do. Percentages are computed from
 * these exact values and rounded only for display.
 */
export type Amount = bigint;

const scale = 10_000n;

/** Parses "75000", "75,000.00", "-12.5" into an exact amount; throws on anything else. */
export function parseAmount(text: string): Amount {
  const cleaned = text.trim().replace(/,/g, '');
  const match = /^(-)?(\d+)(?:\.(\d{1,4}))?$/.exec(cleaned);
  if (!match) throw new Error(`not an amount: ${text}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const value = BigInt(whole) * scale + BigInt(fraction.padEnd(4, '0'));
  return sign ? -value : value;
}

/** Writes value ÷ 10^shift with `decimals` places, rounded half away from zero. */
function formatShifted(value: bigint, shift: number, decimals: number): string {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const unit = 10n ** BigInt(shift - decimals);
  const rounded = (absolute + unit / 2n) / unit;
  const divisor = 10n ** BigInt(decimals);
  const fraction = decimals > 0 ? `.${(rounded % divisor).toString().padStart(decimals, '0')}` : '';
  return `${negative && rounded !== 0n ? '-' : ''}${rounded / divisor}${fraction}`;
}

/** Writes an amount with a fixed number of decimals (rounded half away from zero). */
export function formatAmount(value: Amount, decimals = 2): string {
  return formatShifted(value, 4, decimals);
}

export function sumAmounts(values: Amount[]): Amount {
  return values.reduce((total, value) => total + value, 0n);
}

/**
 * numerator ÷ denominator × 100, rounded half away from zero to `places` decimals, as a number
 * fit for display (e.g. 42.86). Exact up to the final rounding. Undefined for a zero denominator.
 */
export function percent(numerator: Amount, denominator: Amount, places = 2): number | undefined {
  if (denominator === 0n) return undefined;
  const factor = 100n * 10n ** BigInt(places);
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = (numerator < 0n ? -numerator : numerator) * factor;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (2n * d);
  return Number(negative ? -rounded : rounded) / 10 ** places;
}

/** 万元 → 亿元 for display, rounded half away from zero: 75,000.00万元 = "7.50". */
export function wanToYi(value: Amount, decimals = 2): string {
  // An amount holds 万元 × 10^4 and 亿元 = 万元 ÷ 10^4: the same digits, four more places.
  return formatShifted(value, 8, decimals);
}

/**
 * 同比 in percent: (current − base) ÷ base × 100. Undefined for a base of zero or below: against a
 * loss (a negative 利润总额) a rate has no meaning and its sign would mislead (扭亏 reads as a fall).
 */
export function growthRate(current: Amount, base: Amount, places = 2): number | undefined {
  if (base <= 0n) return undefined;
  return percent(current - base, base, places);
}
