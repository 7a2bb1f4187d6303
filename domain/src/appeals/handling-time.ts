/**
 * Handling time (net of time waiting on the enterprise) counted in buckets, so the statistics can
 * keep one small histogram per month and department instead of re-reading every appeal. The
 * buckets are fine where deadlines are (10 minutes up to 72 hours), coarser beyond: hourly up to
 * 14 days, daily up to a year, then one open bucket. The database's `appeal_handling_bucket`
 * function (migration `0015_appeal_statistics_tables`) must place a time in the same bucket.
 */

const minute = 60;
const tenMinutesUntil = 72 * 60; // minutes
const hourlyUntil = 14 * 24 * 60;
const dailyUntil = 365 * 24 * 60;
const firstHourly = tenMinutesUntil / 10;
const firstDaily = firstHourly + (hourlyUntil - tenMinutesUntil) / 60;
export const openHandlingBucket = firstDaily + (dailyUntil - hourlyUntil) / 1440;

/** The bucket of a handling time in seconds; negative times (clock skew) count as zero. */
export function handlingBucket(netSeconds: number): number {
  const minutes = Math.floor(Math.max(0, netSeconds) / minute);
  if (minutes < tenMinutesUntil) return Math.floor(minutes / 10);
  if (minutes < hourlyUntil) return firstHourly + Math.floor((minutes - tenMinutesUntil) / 60);
  if (minutes < dailyUntil) return firstDaily + Math.floor((minutes - hourlyUntil) / 1440);
  return openHandlingBucket;
}

/** The hours a bucket covers, [from, to); the open bucket is read as its lower bound. */
export function handlingBucketHours(bucket: number): { from: number; to: number } {
  const hours = (minutes: number) => minutes / 60;
  if (bucket < firstHourly) return { from: hours(bucket * 10), to: hours(bucket * 10 + 10) };
  if (bucket < firstDaily) {
    const from = tenMinutesUntil + (bucket - firstHourly) * 60;
    return { from: hours(from), to: hours(from + 60) };
  }
  if (bucket < openHandlingBucket) {
    const from = hourlyUntil + (bucket - firstDaily) * 1440;
    return { from: hours(from), to: hours(from + 1440) };
  }
  return { from: hours(dailyUntil), to: hours(dailyUntil) };
}

/**
 * The p-quantile (0–1) in hours of the times counted in `buckets` (bucket → count), interpolated
 * as `percentile_cont` does, with each bucket's times taken as spread evenly across it. Null when
 * nothing was counted. Within a bucket's width of the exact figure.
 */
export function percentileOfBuckets(buckets: ReadonlyMap<number, number>, p: number): number | null {
  const sorted = [...buckets.entries()].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let before = 0;
    for (const [bucket, count] of sorted) {
      if (rank < before + count) {
        const { from, to } = handlingBucketHours(bucket);
        return from + ((rank - before + 0.5) / count) * (to - from);
      }
      before += count;
    }
    return handlingBucketHours(sorted[sorted.length - 1]![0]).to;
  };
  const position = p * (total - 1);
  const lower = Math.floor(position);
  const fraction = position - lower;
  const low = valueAt(lower);
  return fraction === 0 ? low : low + fraction * (valueAt(lower + 1) - low);
}
