import type { BannerPayload } from './payload';

/**
 * The banner's DOM, built with `createElement` and `textContent` only: its
 * strings include reasons that quote page data (a seller's name, a domain),
 * which must never be parsed as HTML. Styles live in the shadow root, sized
 * in px so the page's root font size cannot shrink or blow them up.
 */
export const BANNER_CSS = `
.b{box-sizing:border-box;display:flex;gap:12px;align-items:flex-start;padding:10px 16px;color:#fff;
font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.35);text-align:start}
.b--danger{background:#b3261e}.b--warning{background:#a84b08}.b--caution{background:#7a5f00}
.i{font-size:20px;line-height:1.2}.m{flex:1;min-width:0}
h2{font-size:15px;font-weight:700;margin:0;color:inherit}p{margin:2px 0 0}
ul{margin:4px 0 0;padding:0 0 0 18px}li{margin:0}
.a{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px;align-items:center}
button{font:inherit;font-size:13px;line-height:1.3;border-radius:6px;padding:5px 10px;cursor:pointer;border:1px solid #fff;background:transparent;color:#fff;margin:0}
button.p{background:#fff;color:#1f1f1f}
button:focus-visible{outline:3px solid #fff;outline-offset:2px}
.n{font-size:12px}
`;

export interface BannerActions {
  dismiss(): void;
  snooze(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the banner into `root` (replacing what was there) and returns its outer element. */
export function renderBanner(root: ShadowRoot, payload: BannerPayload, actions: BannerActions): HTMLElement {
  const doc = root.ownerDocument;
  const style = el(doc, 'style', undefined, BANNER_CSS);
  const box = el(doc, 'section', `b b--${payload.level}`);
  box.setAttribute('aria-label', payload.labels.region);
  box.setAttribute('lang', payload.lang);
  box.dataset.level = payload.level;

  const icon = el(doc, 'span', 'i', payload.level === 'caution' ? 'ⓘ' : '⚠');
  icon.setAttribute('aria-hidden', 'true');

  const main = el(doc, 'div', 'm');
  // The message is an alert: screen readers announce it when it appears, without moving focus.
  const message = el(doc, 'div');
  message.setAttribute('role', 'alert');
  message.append(el(doc, 'h2', undefined, payload.title), el(doc, 'p', undefined, payload.line));
  if (payload.reasons.length > 0) {
    const list = el(doc, 'ul');
    for (const r of payload.reasons) list.append(el(doc, 'li', undefined, r));
    message.append(list);
  }

  const row = el(doc, 'div', 'a');
  const snooze = el(doc, 'button', 'p', payload.labels.snooze);
  snooze.type = 'button';
  snooze.dataset.action = 'snooze';
  snooze.addEventListener('click', () => actions.snooze());
  const dismiss = el(doc, 'button', undefined, payload.labels.dismiss);
  dismiss.type = 'button';
  dismiss.dataset.action = 'dismiss';
  dismiss.addEventListener('click', () => actions.dismiss());
  row.append(snooze, dismiss);

  main.append(message, row, el(doc, 'p', 'n', payload.labels.more));
  box.append(icon, main);
  // Escape anywhere in the banner closes it, as in any dismissable notice.
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.dismiss();
    }
  });
  root.replaceChildren(style, box);
  return box;
}
