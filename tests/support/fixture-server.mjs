// Serves fixture pages on 127.0.0.1 by the Host header, so a browser started
// with --host-resolver-rules can open real marketplace hostnames while every
// byte stays on this machine. Pages live in tests/fixtures/pages/<host>/<path>.
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const DAY = 86_400_000;
// A self-signed certificate for loopback tests only; Chromium is started with
// --ignore-certificate-errors, so real shops' pages are served over https as they are in life.
const TLS = {
  key: readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'tls/key.pem')),
  cert: readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'tls/cert.pem')),
};

/** Tokens filled at serve time, so dates in fixtures stay relative to today. */
function fill(html) {
  const opened = new Date(Date.now() - 60 * DAY);
  return html
    .replaceAll('{{OPEN_TIME_MS}}', String(opened.getTime()))
    .replaceAll('{{OPENED_LABEL}}', opened.toISOString().slice(0, 10));
}

/**
 * Starts the server. `routes` adds dynamic handlers: { 'host/path': (req, res) => void }.
 * Returns { port, origin(host) (https), httpOrigin(host), close() }.
 */
export async function startFixtureServer(routes = {}) {
  const handle = async (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0].toLowerCase();
    const url = new URL(req.url ?? '/', 'http://x');
    const key = `${host}${url.pathname}`;
    if (routes[key]) return routes[key](req, res);
    let rel = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    if (!path.extname(rel)) rel += '.html';
    const file = path.resolve(ROOT, host, `.${rel}`);
    if (!file.startsWith(path.join(ROOT, host))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file, 'utf8');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(fill(body));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const secure = https.createServer(TLS, handle);
  const plain = http.createServer(handle);
  await new Promise((resolve) => secure.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const port = secure.address().port;
  const httpPort = plain.address().port;
  return {
    port,
    origin: (host) => `https://${host}:${port}`,
    httpOrigin: (host) => `http://${host}:${httpPort}`,
    close: () => Promise.all([new Promise((r) => secure.close(r)), new Promise((r) => plain.close(r))]),
  };
}
