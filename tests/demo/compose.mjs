// Builds one picture per sample: the page as the browser showed it, a toolbar
// strip with the extension's real badge (text and colour read from
// chrome.action for that tab — headless Chromium draws no toolbar), and the
// popup beside it. The composite is a local HTML page rendered by Playwright.
import { readFile, writeFile } from 'node:fs/promises';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function dataUrl(file) {
  return `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ pageShot: string, popupShot: string, url: string, badge: { text: string, color: number[] }, title: string, out: string }} o
 */
export async function compose(context, o) {
  const [page, popup] = await Promise.all([dataUrl(o.pageShot), dataUrl(o.popupShot)]);
  const [r, g, b] = o.badge.color;
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#e8eaed}
    .bar{display:flex;align-items:center;gap:12px;background:#fff;padding:8px 14px;border-bottom:1px solid #ccc}
    .url{flex:1;background:#f1f3f4;border-radius:16px;padding:6px 14px;font-size:14px;color:#333}
    .ext{position:relative;width:28px;height:28px}
    .ext img{width:28px;height:28px}
    .badge{position:absolute;right:-10px;bottom:-6px;min-width:16px;padding:1px 4px;border-radius:4px;color:#fff;font:bold 11px system-ui;text-align:center}
    .row{display:flex;gap:16px;padding:16px;align-items:flex-start}
    .page{width:900px;border:1px solid #bbb;background:#fff}
    .popup{width:400px;border:1px solid #888;box-shadow:0 4px 16px rgba(0,0,0,.25);background:#fff}
    h1{font-size:14px;margin:8px 16px;color:#333}
  </style>
  <div class="bar"><div class="url">${esc(o.url)}</div>
    <div class="ext"><img src="${o.icon}">${o.badge.text ? `<span class="badge" style="background:rgb(${r},${g},${b})">${esc(o.badge.text)}</span>` : ''}</div></div>
  <h1>${esc(o.title)}</h1>
  <div class="row"><img class="page" src="${page}"><img class="popup" src="${popup}"></div>`;
  const p = await context.newPage();
  await p.setViewportSize({ width: 1360, height: 900 });
  await p.setContent(html, { waitUntil: 'load' });
  await p.screenshot({ path: o.out, fullPage: true });
  await p.close();
}

export { writeFile };
