import type { SenderKind } from './protocol';

/** The parts of `runtime.MessageSender` we rely on. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who sent a message, decided only from what the browser tells us. */
export type ClassifiedSender =
  | { kind: 'extension-page'; tabId?: number }
  | { kind: 'content-script'; tabId: number; url: URL }
  | { kind: 'refused'; why: string };

/**
 * Classifies a sender. Pages of the web cannot message us at all (no
 * `externally_connectable`), but a content script runs in hostile pages, so
 * it is only trusted with its own tab, in the top frame, on http(s).
 */
export function classifySender(sender: MessageSenderLike, extensionId: string, extensionOrigin: string): ClassifiedSender {
  if (sender.id !== extensionId) return { kind: 'refused', why: 'foreign extension or page' };
  const senderUrl = sender.url ?? '';
  const fromExtensionOrigin = senderUrl.startsWith(`${extensionOrigin}/`) && (sender.origin === undefined || sender.origin === extensionOrigin);
  if (fromExtensionOrigin) return { kind: 'extension-page', tabId: sender.tab?.id };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { kind: 'refused', why: 'no tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { kind: 'refused', why: 'sub-frame' };
  let url: URL;
  try {
    url = new URL(sender.tab?.url || senderUrl);
  } catch {
    return { kind: 'refused', why: 'no url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused', why: 'not a web page' };
  return { kind: 'content-script', tabId, url };
}

export function senderAllowed(kind: SenderKind, allowed: readonly SenderKind[]): boolean {
  return allowed.includes(kind);
}
