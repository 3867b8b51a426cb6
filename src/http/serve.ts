/**
 * Puts an app on a socket with @hono/node-server and takes it down gracefully: stop accepting,
 * let requests in flight finish (each awaits its own store write, so their completion is the
 * flush), then close.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { BidwrightError } from '../domain/errors.ts';
import type { Logger } from '../domain/ports.ts';

export interface StartServerOptions {
  app: Hono;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The API token; required when `host` is not a loopback address. */
  token: string | undefined;
  logger: Logger;
  /** Runs once after the last connection has closed, e.g. to release the store. */
  onClose?: () => void | Promise<void>;
  /** How long close() waits for requests in flight before cutting connections; default 10 s. */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8787. */
  url: string;
  /** Stops accepting, waits for requests in flight (up to the timeout), then closes. Safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_SHUTDOWN_MS = 10_000;
/** How often close() drops connections that finished their request and sit idle in keep-alive. */
const IDLE_SWEEP_MS = 50;

/** True for names and addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(bare);
}

/** Refuses to expose the API beyond this machine without a token. */
export function assertSafeBinding(host: string, token: string | undefined): void {
  if (token === undefined && !isLoopback(host)) {
    throw new BidwrightError('CONFIG', `Refusing to listen on ${host} without a token: set BIDWRIGHT_TOKEN, or listen on 127.0.0.1.`);
  }
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const reason = error.code === 'EADDRINUSE' ? 'the port is in use; choose another with --port' : error.message;
      reject(new BidwrightError('CONFIG', `Could not listen: ${reason}.`, { cause: error }));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
  });
}

/** Starts listening; rejects with CONFIG when the binding is unsafe or the port cannot be used. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  assertSafeBinding(options.host, options.token);
  const server = serve({ fetch: options.app.fetch, port: options.port, hostname: options.host }) as Server;
  const url = urlOf(await listen(server));
  const timeoutMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_MS;
  let closing: Promise<void> | null = null;

  const shutdown = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      options.logger.log({ level: 'warn', msg: 'shutdown timeout: closing connections still open', timeoutMs });
      server.closeAllConnections();
    }, timeoutMs);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(deadline);
    }
    options.logger.log({ level: 'info', msg: 'server closed', url });
    await options.onClose?.();
  };

  return {
    url,
    close: () => (closing ??= shutdown()),
  };
}
