import { cpus, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Latency summary of one case: milliseconds and requests per second. */
export interface Summary {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function summarize(latencies: number[], errors: number, seconds: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    errors,
    seconds: round(seconds),
    perSecond: round(sorted.length / seconds),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
  };
}

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Sends HTTP requests from a worker thread (its own core, so the client does not slow the server
 * it measures), cycling through `requests`; bounded by count and by time.
 */
export function measureHttp(
  requests: HttpRequest[],
  options: { concurrency: number; maxRequests: number; maxSeconds: number },
): Promise<Summary> {
  const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
    workerData: { requests, ...options },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { latencies: number[]; errors: number; seconds: number }) => {
      resolve(summarize(result.latencies, result.errors, result.seconds));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Runs `task` with `concurrency` workers until `maxRequests` are done or `maxSeconds` pass —
 * bounded both ways so a benchmark always stops by itself.
 */
export async function measure(
  task: (iteration: number) => Promise<boolean>,
  options: { concurrency: number; maxRequests: number; maxSeconds: number },
): Promise<Summary> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const worker = async () => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      const iteration = issued;
      issued += 1;
      const begin = performance.now();
      const ok = await task(iteration).catch(() => false);
      latencies.push(performance.now() - begin);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/** The machine the figures come from. */
export function machine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
