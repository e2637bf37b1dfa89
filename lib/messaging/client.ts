import { browser } from 'wxt/browser';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/**
 * Sends a protocol message to the background and unwraps the reply. Imports
 * only types from the protocol, so content scripts do not bundle zod.
 */
export class MessageRefused extends Error {
  constructor(readonly code: string, detail?: string) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'MessageRefused';
  }
}

export async function send<K extends MessageName>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MessageRefused('no-reply');
  if (!reply.ok) throw new MessageRefused(reply.error, reply.detail);
  return reply.value;
}
