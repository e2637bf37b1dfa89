import type { z } from 'zod';
import { MAX_PAYLOAD_BYTES, PROTOCOL, type MessageName, type Protocol, type RefusalCode, type Reply, type ResponseOf } from './protocol';
import { classifySender, type ClassifiedSender, type MessageSenderLike } from './sender';

/** Thrown by a handler to refuse a message the schema alone cannot judge. */
export class Refusal extends Error {
  constructor(readonly code: RefusalCode, detail: string) {
    super(detail);
  }
}

export type AcceptedSender = Exclude<ClassifiedSender, { kind: 'refused' }>;

export type Handlers = {
  [K in MessageName]: (data: z.infer<Protocol[K]['request']>, sender: AcceptedSender) => Promise<ResponseOf<K>>;
};

export interface RouterEnv {
  extensionId: string;
  /** e.g. chrome-extension://abcdef */
  extensionOrigin: string;
  onRefused?: (type: string, code: string, detail: string) => void;
}

function payloadBytes(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Builds the background's single dispatcher. Order of checks: envelope shape,
 * known message (own property only, so `constructor` or `__proto__` are
 * unknown), sender allowed, size, schema; then the handler, whose answer is
 * validated too. Nothing throws: every refusal is a `Reply` with a code.
 */
export function createRouter(handlers: Handlers, env: RouterEnv) {
  const refuse = (type: string, error: RefusalCode, detail: string): Reply<never> => {
    env.onRefused?.(type, error, detail);
    return { ok: false, error, detail };
  };

  return async function dispatch(raw: unknown, rawSender: MessageSenderLike): Promise<Reply<unknown>> {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse('?', 'malformed', 'not an object');
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(PROTOCOL, type)) return refuse(String(type).slice(0, 40), 'unknown-message', 'unknown type');
    const name = type as MessageName;
    const spec = PROTOCOL[name];
    const sender = classifySender(rawSender, env.extensionId, env.extensionOrigin);
    if (sender.kind === 'refused') return refuse(name, 'sender-not-allowed', sender.why);
    if (!(spec.from as readonly string[]).includes(sender.kind)) return refuse(name, 'sender-not-allowed', `${sender.kind} may not send ${name}`);
    const data = (raw as { data?: unknown }).data;
    const maxBytes = 'maxBytes' in spec ? spec.maxBytes : MAX_PAYLOAD_BYTES;
    if (payloadBytes(data) > maxBytes) return refuse(name, 'too-large', `over ${maxBytes} bytes`);
    const parsed = spec.request.safeParse(data);
    if (!parsed.success) return refuse(name, 'malformed', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    try {
      const handler = handlers[name] as (d: unknown, s: AcceptedSender) => Promise<unknown>;
      const value = await handler(parsed.data, sender);
      const checked = spec.response.safeParse(value);
      if (!checked.success) return refuse(name, 'handler-failed', 'response failed its schema');
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof Refusal) return refuse(name, err.code, err.message);
      return refuse(name, 'handler-failed', err instanceof Error ? err.message.slice(0, 200) : 'error');
    }
  };
}
