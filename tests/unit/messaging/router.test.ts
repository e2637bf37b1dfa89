import { describe, expect, it, vi, type Mock } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { MAX_PAYLOAD_BYTES, type MessageName } from '@/lib/messaging/protocol';
import { makeFacts } from '../../fixtures/facts';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;
const contentSender = { id: EXT_ID, url: 'https://www.aliexpress.com/item/1.html', tab: { id: 7, url: 'https://www.aliexpress.com/item/1.html' }, frameId: 0 };
const pageSender = { id: EXT_ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN };

type MockHandlers = Record<MessageName, Mock> & Handlers;

function handlers(): MockHandlers {
  const verdict = { level: 'low', findings: [], checkedAt: new Date(0).toISOString(), rulesVersion: 1, listsVersion: 'none', subject: { host: 'aliexpress.com', marketplace: 'aliexpress' } };
  return {
    reportFacts: vi.fn(async () => verdict),
    getTabVerdict: vi.fn(async () => ({ verdict: null, facts: null, notShop: false })),
    reportNotShop: vi.fn(async () => ({ recorded: true })),
    inspectTab: vi.fn(async () => ({ injected: true })),
    setUserRule: vi.fn(async () => ({ id: 'domain:x.com', kind: 'domain', key: 'x.com', label: 'x.com', action: 'block', createdAt: 1, updatedAt: 1 })),
    removeUserRule: vi.fn(async () => ({ removed: true })),
    listUserRules: vi.fn(async () => []),
    ping: vi.fn(async () => ({ pong: true, version: '1' })),
  } as never;
}

describe('router', () => {
  it('accepts facts from a content script, with tab and url from the sender', async () => {
    const h = handlers();
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    const reply = await dispatch({ type: 'reportFacts', data: makeFacts() }, contentSender);
    expect(reply.ok).toBe(true);
    const sender = h.reportFacts.mock.calls[0]![1];
    expect(sender).toMatchObject({ kind: 'content-script', tabId: 7 });
    expect(sender.url.href).toBe('https://www.aliexpress.com/item/1.html');
  });

  it('refuses a privileged message from a content script without calling the handler', async () => {
    const h = handlers();
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    const reply = await dispatch({ type: 'setUserRule', data: { target: { kind: 'domain', domain: 'x.com' }, action: 'trust' } }, contentSender);
    expect(reply).toMatchObject({ ok: false, error: 'sender-not-allowed' });
    expect(h.setUserRule).not.toHaveBeenCalled();
  });

  it('refuses facts sent by an extension page (only content scripts report pages)', async () => {
    const h = handlers();
    const reply = await createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN })({ type: 'reportFacts', data: makeFacts() }, pageSender);
    expect(reply).toMatchObject({ ok: false, error: 'sender-not-allowed' });
  });

  it('refuses malformed and oversized payloads', async () => {
    const h = handlers();
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await dispatch({ type: 'reportFacts', data: { marketplace: 'nowhere' } }, contentSender)).toMatchObject({ ok: false, error: 'malformed' });
    const huge = { ...makeFacts(), product: { title: 'x'.repeat(MAX_PAYLOAD_BYTES + 10) } };
    expect(await dispatch({ type: 'reportFacts', data: huge }, contentSender)).toMatchObject({ ok: false, error: 'too-large' });
    expect(h.reportFacts).not.toHaveBeenCalled();
  });

  it('treats inherited property names as unknown messages', async () => {
    const h = handlers();
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(await dispatch({ type, data: {} }, pageSender)).toMatchObject({ ok: false, error: 'unknown-message' });
    }
  });

  it('refuses senders of other extensions, sub-frames, and non-web pages', async () => {
    const h = handlers();
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    const data = makeFacts();
    expect(await dispatch({ type: 'reportFacts', data }, { ...contentSender, id: 'other' })).toMatchObject({ error: 'sender-not-allowed' });
    expect(await dispatch({ type: 'reportFacts', data }, { ...contentSender, frameId: 3 })).toMatchObject({ error: 'sender-not-allowed' });
    expect(await dispatch({ type: 'reportFacts', data }, { ...contentSender, url: 'file:///etc/passwd', tab: { id: 1, url: 'file:///etc/passwd' } })).toMatchObject({ error: 'sender-not-allowed' });
    // A page pretending to be the extension by its URL path is still a web page.
    expect(await dispatch({ type: 'listUserRules', data: {} }, { ...contentSender, url: `https://evil.example/${ORIGIN}/popup.html` })).toMatchObject({ error: 'sender-not-allowed' });
  });

  it('turns a handler failure or an invalid handler answer into a refusal, not a throw', async () => {
    const h = handlers();
    h.ping.mockRejectedValueOnce(new Error('boom'));
    const dispatch = createRouter(h, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await dispatch({ type: 'ping', data: {} }, pageSender)).toMatchObject({ ok: false, error: 'handler-failed' });
    h.ping.mockResolvedValueOnce({ pong: 'yes' } as never);
    expect(await dispatch({ type: 'ping', data: {} }, pageSender)).toMatchObject({ ok: false, error: 'handler-failed' });
    expect(await dispatch({ type: 'ping', data: {} }, pageSender)).toMatchObject({ ok: true });
  });
});
