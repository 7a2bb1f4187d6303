import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  handlingBucket,
  handlingBucketHours,
  openHandlingBucket,
  percentileOfBuckets,
} from './handling-time.js';

const hour = 3600;

/** percentile_cont over the exact values, in hours, and the two values it lies between. */
function exactPercentile(seconds: number[], p: number) {
  const sorted = seconds.map((value) => Math.max(0, value)).sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const value = (sorted[lower]! + (position - lower) * (sorted[upper]! - sorted[lower]!)) / hour;
  return { value, between: [sorted[lower]!, sorted[upper]!] };
}

const bucketWidth = (seconds: number) => {
  const { from, to } = handlingBucketHours(handlingBucket(seconds));
  return to - from;
};

function histogram(seconds: number[]): Map<number, number> {
  const buckets = new Map<number, number>();
  for (const value of seconds) {
    const bucket = handlingBucket(value);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  return buckets;
}

describe('handling-time buckets', () => {
  it.each([
    [0, 0],
    [-500, 0],
    [599, 0],
    [600, 1],
    [72 * hour - 1, 431],
    [72 * hour, 432],
    [73 * hour, 433],
    [14 * 24 * hour - 1, 695],
    [14 * 24 * hour, 696],
    [365 * 24 * hour - 1, openHandlingBucket - 1],
    [365 * 24 * hour, openHandlingBucket],
    [900 * 24 * hour, openHandlingBucket],
  ])('puts %i seconds in bucket %i', (seconds, bucket) => {
    expect(handlingBucket(seconds)).toBe(bucket);
  });

  it('places every time inside the hours of its bucket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 * 24 * hour }), (seconds) => {
        const { from, to } = handlingBucketHours(handlingBucket(seconds));
        expect(seconds / hour).toBeGreaterThanOrEqual(from);
        expect(seconds / hour).toBeLessThan(to);
      }),
    );
  });

  it('has no gaps or overlaps between neighbouring buckets', () => {
    for (let bucket = 0; bucket < openHandlingBucket; bucket++) {
      expect(handlingBucketHours(bucket).to).toBe(handlingBucketHours(bucket + 1).from);
    }
  });
});

describe('percentiles from buckets', () => {
  it('is null when nothing was resolved', () => {
    expect(percentileOfBuckets(new Map(), 0.5)).toBeNull();
    expect(percentileOfBuckets(new Map([[3, 0]]), 0.9)).toBeNull();
  });

  it('reads a lone time as the middle of its bucket', () => {
    expect(percentileOfBuckets(histogram([5 * hour + 120]), 0.5)).toBeCloseTo(5 + 5 / 60, 6);
  });

  it('stays within a bucket’s width of percentile_cont on the exact times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 * 24 * hour }), { minLength: 1, maxLength: 200 }),
        fc.constantFrom(0.5, 0.9),
        (seconds, p) => {
          const estimate = percentileOfBuckets(histogram(seconds), p)!;
          const exact = exactPercentile(seconds, p);
          // Each neighbour is read within its bucket; the interpolation between them stays within the wider.
          const width = Math.max(...exact.between.map(bucketWidth));
          expect(Math.abs(estimate - exact.value)).toBeLessThanOrEqual(width + 1e-9);
        },
      ),
    );
  });

  it('counts the order of the times, not the order of the map', () => {
    const buckets = new Map([
      [700, 1],
      [2, 3],
    ]);
    // Three short times and one of about 18 days: the median is among the short ones.
    expect(percentileOfBuckets(buckets, 0.5)).toBeLessThan(1);
    expect(percentileOfBuckets(buckets, 1)).toBeGreaterThan(24 * 18);
  });
});
