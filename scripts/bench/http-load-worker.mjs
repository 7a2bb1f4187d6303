// The load generator of the benchmark, in its own thread (and so on its own core), so the server
// under test is not slowed by the client measuring it. Bounded by request count and by time.
import { parentPort, workerData } from 'node:worker_threads';

const { requests, concurrency, maxRequests, maxSeconds } = workerData;
const latencies = [];
let errors = 0;
let issued = 0;
const started = performance.now();
const deadline = started + maxSeconds * 1000;

async function worker() {
  while (issued < maxRequests && performance.now() < deadline) {
    const request = requests[issued % requests.length];
    issued += 1;
    const begin = performance.now();
    try {
      const response = await fetch(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers ?? {},
        body: request.body,
      });
      await response.arrayBuffer();
      if (!response.ok) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - begin);
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
parentPort.postMessage({ latencies, errors, seconds: (performance.now() - started) / 1000 });
