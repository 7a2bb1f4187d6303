/**
 * Calendar days as the zone counts them: ISO dates (YYYY-MM-DD) in China time (UTC+8, no
 * daylight saving). One place for the arithmetic the modules share.
 */
const day = 86_400_000;
export const chinaOffsetMs = 8 * 3_600_000;

/** The Chinese calendar date of an instant. */
export function chinaDate(instant: Date | number): string {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(time + chinaOffsetMs).toISOString().slice(0, 10);
}

/** Today's date in China: 20:00 UTC is already tomorrow there. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate(now);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day);
}

/** The ISO date `days` days after (or before) another. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}

/** The instant a Chinese calendar day begins (00:00 China time). */
export function startOfChinaDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) - chinaOffsetMs;
}
