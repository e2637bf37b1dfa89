// 1,200 forged or malformed messages sent from the content script's own
// isolated world (reached through the DevTools protocol) and from the page's
// main world: none is accepted where it is not allowed, nothing changes in
// the user's data, and the worker keeps answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, openPopup, tabIdOf, waitForBadge } from '../support/browser.mjs';
import { TEST_BUILD_DIR } from '../support/paths.mjs';

let server;
let ext;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** Runs in the content script's isolated world: sends forged messages, returns what came back. */
const BARRAGE = `(async () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const privileged = ['inspectTab', 'setUserRule', 'removeUserRule', 'listUserRules'];
  const junk = [null, 0, '', 'x'.repeat(500), [], {}, { tabId: -1 }, { tabId: 1 }, JSON.parse('{"__proto__":{"x":1}}')];
  const results = { sent: 0, accepted: [], refused: 0, errors: 0 };
  for (let i = 0; i < 1200; i++) {
    let msg;
    const k = i % 5;
    if (k === 0) msg = { type: pick(privileged), data: pick([{ tabId: 1 }, {}, { id: 'domain:x.com' }, { target: { kind: 'domain', domain: 'evil.example' }, action: 'trust' }]) };
    else if (k === 1) msg = pick([null, 42, 'reportFacts', [], { type: 'constructor' }, { type: '__proto__', data: {} }, { type: 'toString' }]);
    else if (k === 2) msg = { type: 'reportFacts', data: pick(junk) };
    else if (k === 3) msg = { type: 'getTabVerdict', data: { tabId: Math.floor(rand() * 1000) } };
    else msg = { type: 'reportFacts', data: { marketplace: 'shop', pageKind: 'product', url: 'https://x.example/', product: { title: 'x'.repeat(300000) }, extraction: { adapter: 'x', version: 1, missing: [] } } };
    try {
      const reply = await chrome.runtime.sendMessage(msg);
      results.sent++;
      if (reply && reply.ok) results.accepted.push(msg && msg.type); else results.refused++;
    } catch (e) {
      results.sent++;
      results.errors++;
    }
  }
  return JSON.stringify(results);
})()`;

test('1,200 forged messages from the content script context are all refused; the worker keeps answering', async () => {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (t) => t !== '');
  const isolated = contexts.filter((c) => c.origin === `chrome-extension://${ext.extensionId}`).pop();
  assert.ok(isolated, 'found the content script isolated world');
  const { result } = await cdp.send('Runtime.evaluate', { contextId: isolated.id, expression: BARRAGE, awaitPromise: true, returnByValue: true });
  const out = JSON.parse(result.value);
  assert.equal(out.sent, 1200);
  assert.deepEqual(out.accepted, [], 'no forged message was accepted');
  assert.equal(out.refused + out.errors, 1200);

  // Nothing was written on the user's behalf, and the worker still answers.
  const popup = await openPopup(ext, tabId);
  const rules = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'listUserRules', data: {} }));
  assert.deepEqual(rules, { ok: true, value: [] });
  await popup.locator('[data-level="warning"]').waitFor();
  await popup.close();
  await page.close();
});

test('the page main world cannot send any of them at all', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  const outcome = await page.evaluate(async (id) => {
    let delivered = 0;
    for (let i = 0; i < 50; i++) {
      try {
        await chrome.runtime.sendMessage(id, { type: 'listUserRules', data: {} });
        delivered++;
      } catch {
        // expected: no externally_connectable
      }
    }
    return { delivered, hasRuntime: Boolean(globalThis.chrome?.runtime?.sendMessage) };
  }, ext.extensionId);
  assert.equal(outcome.delivered, 0);
  await page.close();
});
