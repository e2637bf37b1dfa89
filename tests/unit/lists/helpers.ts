import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppDB } from '@/lib/db/app-db';
import { invalidateMatcher } from '@/lib/lists/snapshot';

const FIXTURES = path.resolve(__dirname, '../../fixtures/lists');

/** A fixture list's bytes. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** A fixture list's text. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A fresh database with every migration. */
export async function freshDb(): Promise<AppDB> {
  invalidateMatcher();
  const db = new AppDB(`lists-test-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export interface ServedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** What the loopback server answers for a path. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A loopback HTTP server whose routes tests change as they go; records every request. */
export async function listServer(): Promise<{ url: (p: string) => string; routes: Map<string, Route>; requests: ServedRequest[]; close: () => Promise<void> }> {
  const routes = new Map<string, Route>();
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path: p, headers: req.headers });
    const route = routes.get(p);
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    routes,
    requests,
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** A route serving a body with optional ETag / Last-Modified, answering 304 to matching validators. */
export function serveList(body: string | Uint8Array, opts: { etag?: string; lastModified?: string; contentType?: string } = {}): Route {
  return (req, res) => {
    if (opts.etag && req.headers['if-none-match'] === opts.etag) return void res.writeHead(304).end();
    if (!opts.etag && opts.lastModified && req.headers['if-modified-since'] === opts.lastModified) return void res.writeHead(304).end();
    res.writeHead(200, {
      'content-type': opts.contentType ?? 'text/plain; charset=utf-8',
      ...(opts.etag ? { etag: opts.etag } : {}),
      ...(opts.lastModified ? { 'last-modified': opts.lastModified } : {}),
    });
    res.end(body);
  };
}

/** A fetch that reaches loopback only: catalog lists due in a test fail as "offline" instead of touching the network. */
export const loopbackFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.startsWith('http://127.0.0.1:') ? fetch(input, init) : Promise.reject(new TypeError('offline in tests'));
};
