/**
 * A small load generator: `connections` keep-alive sockets, each sending its next request as soon
 * as the last one answered (as autocannon does), for a fixed time. Latency is taken per request
 * from writing it to reading the whole answer.
 */
import http from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** What the failures were: an HTTP status or a socket error code, with how often. */
  failures: Record<string, number>;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Sends one request; resolves with null when it answered 200, else what went wrong. */
function send(agent: http.Agent, base: URL, request: LoadRequest): Promise<string | null> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders =
      request.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) };
    const req = http.request({ agent, host: base.hostname, port: base.port, method: request.method, path: request.path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? null : `HTTP ${res.statusCode}`));
      res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(request.body);
  });
}

/**
 * Sends `request` over `connections` sockets for `seconds`, then until at least `minRequests`
 * have answered (a slow endpoint still gets a p50), but never past `maxSeconds`.
 */
export async function load(
  url: string,
  request: LoadRequest,
  {
    connections = 8,
    seconds = 3,
    minRequests = 16,
    maxSeconds = 60,
  }: { connections?: number; seconds?: number; minRequests?: number; maxSeconds?: number } = {},
): Promise<LoadResult> {
  const base = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const began = performance.now();
  const soft = began + seconds * 1000;
  const hard = began + maxSeconds * 1000;
  const going = () => {
    const now = performance.now();
    return now < hard && (now < soft || latencies.length < minRequests);
  };
  const worker = async () => {
    while (going()) {
      const started = performance.now();
      const failure = await send(agent, base, request);
      latencies.push(performance.now() - started);
      if (failure !== null) failures[failure] = (failures[failure] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const errors = Object.values(failures).reduce((sum, count) => sum + count, 0);
  return {
    requests: latencies.length,
    errors,
    failures,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}
