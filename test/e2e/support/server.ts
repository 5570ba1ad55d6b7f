/**
 * A tiny static server on 127.0.0.1 (random port) for end-to-end tests and the demo: serves
 * `test/fixtures/pages/` under `/pages/`, `test/fixtures/demo/` under `/demo/`, and any extra
 * generated routes a test registers. `/favicon.ico` answers 204 so Chromium logs no error.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The repository root (this file is test/e2e/support/server.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const PAGES_DIR = join(REPO_ROOT, 'test/fixtures/pages');
export const DEMO_DIR = join(REPO_ROOT, 'test/fixtures/demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/** A generated page: the body and its content type, computed from the request URL. */
export type DynamicRoute = (url: URL) => { body: string; type?: string; status?: number };

/** A running server. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  /** Adds or replaces a generated route (exact pathname). */
  route(pathname: string, handler: DynamicRoute): void;
  close(): Promise<void>;
}

/** Folders served, by URL prefix. */
const MOUNTS: Array<[string, string]> = [
  ['/pages/', PAGES_DIR],
  ['/demo/', DEMO_DIR],
];

/** Starts the server. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, DynamicRoute>();
  const server = createServer((req, res) => {
    void handle(req, res, routes).catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (pathname, handler) => void routes.set(pathname, handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, routes: Map<string, DynamicRoute>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const dynamic = routes.get(url.pathname);
  if (dynamic) {
    const { body, type = 'text/html; charset=utf-8', status = 200 } = dynamic(url);
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    return;
  }
  const path = url.pathname === '/' || url.pathname === '/demo' ? '/demo/index.html' : url.pathname;
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length)) || 'index.html'));
    if (file !== dir && !file.startsWith(dir + sep)) break; // no escaping the folder
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
      return;
    } catch {
      break;
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}
