import { describe, expect, it, vi } from 'vitest';
import { createRouter, Refusal, type Handlers } from '@/lib/messaging/router';
import { PROTOCOL, type MessageName } from '@/lib/messaging/protocol';
import { makeFacts } from '../../fixtures/facts';

/**
 * A generated barrage: 1,200 forged or malformed messages from content-script
 * and page contexts. None may reach a handler it is not allowed to, and the
 * router keeps answering valid messages afterwards.
 */
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const names = Object.keys(PROTOCOL) as MessageName[];
const privileged = names.filter((n) => !(PROTOCOL[n].from as readonly string[]).includes('content-script'));

describe('forged messages', () => {
  it('refuses 1,200 forged or malformed messages and keeps answering', async () => {
    const calls: string[] = [];
    // Handlers record every call; getTabVerdict refuses a content script naming a tab, as the real one does.
    const h = Object.fromEntries(names.map((n) => [n, vi.fn(async (data: { tabId?: number }, sender: { kind: string }) => {
      if (n === 'getTabVerdict' && sender.kind === 'content-script' && data.tabId !== undefined) throw new Refusal('sender-not-allowed', 'own tab only');
      calls.push(n);
      throw new Error('must not be reached');
    })])) as unknown as Handlers;
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    const rand = rng(42);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const junk = (): unknown => pick([null, undefined, 0, -1, 1e308, '', 'x'.repeat(1000), [], [1, 2], {}, { __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"polluted":1}}'), true, { tabId: -5 }, { tabId: 'a' }, { id: 42 }]);
    const contentSenders = [
      { id: EXT_ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' }, frameId: 0 },
      { id: EXT_ID, url: 'https://www.aliexpress.com/item/1.html', tab: { id: 4, url: 'https://www.aliexpress.com/item/1.html' }, frameId: 0 },
    ];
    const pageSenders = [
      { id: undefined, url: 'https://evil.example/' },
      { id: 'another-extension', url: 'https://evil.example/', tab: { id: 3 } },
      { url: `${ORIGIN}/popup.html` },
      { id: EXT_ID, url: 'https://evil.example/', frameId: 2, tab: { id: 3, url: 'https://evil.example/' } },
      { id: EXT_ID, url: 'data:text/html,hi', tab: { id: 3, url: 'data:text/html,hi' } },
      { id: EXT_ID, url: 'https://evil.example/' },
    ];
    let refused = 0;
    for (let i = 0; i < 1200; i++) {
      const kind = i % 4;
      let msg: unknown;
      let sender: object;
      if (kind === 0) {
        // Privileged message from a content script, with a plausible payload.
        msg = { type: pick(privileged), data: pick([{ tabId: 1 }, {}, { id: 'domain:x.com' }, { target: { kind: 'domain', domain: 'x.com' }, action: 'trust' }]) };
        sender = pick(contentSenders);
      } else if (kind === 1) {
        // Any message from a page context (no extension id, another extension, sub-frame, no tab).
        msg = { type: pick(names), data: pick([makeFacts(), {}, { tabId: 1 }]) };
        sender = pick(pageSenders);
      } else if (kind === 2) {
        // Malformed envelopes and payloads from a content script.
        msg = pick([junk(), { type: 'reportFacts', data: junk() }, { type: 'getTabVerdict', data: { tabId: Math.floor(rand() * 100) } }, { type: pick(['constructor', '__proto__', 'toString', 'nope', '']), data: {} }, { type: 'reportFacts', data: { ...makeFacts(), url: 'javascript:alert(1)' } }, { type: 'getTabVerdict', data: { tabId: 99, extra: 1 } }]);
        sender = pick(contentSenders);
      } else {
        // Oversized facts.
        msg = { type: 'reportFacts', data: { ...makeFacts(), product: { title: 'x'.repeat(300_000) } } };
        sender = pick(contentSenders);
      }
      const reply = await dispatch(msg, sender);
      if (!reply.ok) refused++;
    }
    expect(refused).toBe(1200);
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // The router still answers a valid message.
    const ok = createRouter({ ...h, ping: async () => ({ pong: true as const, version: '1' }) }, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await ok({ type: 'ping', data: {} }, { id: EXT_ID, url: `${ORIGIN}/popup.html` })).toEqual({ ok: true, value: { pong: true, version: '1' } });
  });
});
