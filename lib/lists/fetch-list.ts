import { MAX_LIST_BYTES } from './decode';
import { ListError } from './errors';

/**
 * Downloads one list with a conditional request. Only the list's URL is
 * requested: nothing about the user's browsing is sent. No cookies, no
 * referrer, no browser cache (we send our own validators).
 */
export type FetchOutcome =
  | { status: 'not-modified'; etag?: string; httpLastModified?: string }
  | { status: 'ok'; bytes: Uint8Array; etag?: string; httpLastModified?: string };

export interface FetchOptions {
  etag?: string;
  httpLastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

/** Whole-download timeout: a stalled server must not hold the worker. */
export const FETCH_TIMEOUT_MS = 60_000;

export async function fetchList(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const maxBytes = opts.maxBytes ?? MAX_LIST_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = {};
  if (opts.etag) headers['If-None-Match'] = opts.etag;
  if (opts.httpLastModified) headers['If-Modified-Since'] = opts.httpLastModified;
  try {
    let res: Response;
    try {
      res = await (opts.fetchImpl ?? fetch)(url, {
        headers,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch (err) {
      throw controller.signal.aborted ? new ListError('timeout', url) : new ListError('network', err instanceof Error ? err.message.slice(0, 120) : 'fetch failed');
    }
    const validators = {
      ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
      ...(res.headers.get('last-modified') ? { httpLastModified: res.headers.get('last-modified')! } : {}),
    };
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { status: 'not-modified', ...validators };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new ListError('http-error', `HTTP ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new ListError('too-large', `${declared} bytes`);
    }
    const bytes = await readCapped(res, maxBytes, controller.signal);
    return { status: 'ok', bytes, ...validators };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body into one buffer, stopping as soon as it passes the cap (a server may lie about its length). */
async function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ListError('too-large', `over ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof ListError) throw err;
    throw signal.aborted ? new ListError('timeout', 'download stalled') : new ListError('network', err instanceof Error ? err.message.slice(0, 120) : 'read failed');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
