import type { Translate } from '@/lib/i18n/translator';
import { pageFactsSchema, type PageFacts } from '@/lib/facts/page-facts';
import { toBase64 } from '../encoding';
import type { CaptureManifest } from '../record-schema';
import type { EvidenceCase, EvidenceRecord } from '../store-types';
import { html, safeHref, SafeHtml } from './safe-html';

/** One capture as the report shows it. */
export interface ReportCapture {
  /** Folder of the capture inside the pack, e.g. `captures/000007-1a2b3c4d`. */
  dir: string;
  record: Pick<EvidenceRecord, 'seq' | 'hash' | 'prev'>;
  manifest: CaptureManifest;
  /** Parsed facts.json, when the capture has one. */
  facts?: unknown;
}

export interface ReportInput {
  case: EvidenceCase;
  captures: ReportCapture[];
  keyFingerprint: string;
  created: string;
  software: string;
}

/** Both languages of the report; zh_CN first, as the shoppers we serve read it first. */
export interface ReportLanguages {
  zh: Translate;
  en: Translate;
}

/** Our own constant stylesheet: not page data, so it is inserted as is. */
const STYLE = `
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;color:#1b1b1b;margin:24px;max-width:1000px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.bi [lang=en]{color:#555}.bi [lang=en]::before{content:" / "}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4;width:28%;font-weight:600}
td.hash,code{font:12px/1.3 ui-monospace,monospace;word-break:break-all}
.thumb{max-width:320px;max-height:240px;border:1px solid #bbb;margin:4px 8px 4px 0}
.statement{background:#f6f8fa;border-left:4px solid #1a5fb4;padding:8px 12px;margin:8px 0}
.limits{border-left-color:#c5590a}
.capture{page-break-inside:avoid}
@media print{body{margin:0}.capture{page-break-before:always}}
`;

/** The CSP hash of the one inline style, so the report needs no 'unsafe-inline'. */
async function styleHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLE));
  return `'sha256-${toBase64(new Uint8Array(digest))}'`;
}

/**
 * Builds report.html: a printable, bilingual (zh_CN and en) summary of one
 * case with thumbnails, facts, times and hashes, and a plain statement of
 * what the signature proves and what it does not. No script runs in it: the
 * CSP allows only local images and the hashed style, and every string from
 * a page goes through the escaping `html` tag.
 */
export async function buildReportHtml(input: ReportInput, t: ReportLanguages): Promise<string> {
  const bi = (key: string, params?: readonly (string | number)[]): SafeHtml =>
    html`<span class="bi"><span lang="zh-CN">${t.zh(key, params)}</span><span lang="en">${t.en(key, params)}</span></span>`;
  const row = (key: string, value: SafeHtml | string | undefined, cls?: string): SafeHtml | false =>
    value !== undefined && value !== '' && html`<tr><th>${bi(key)}</th><td class="${cls ?? ''}">${value}</td></tr>`;
  const c = input.case;
  const csp = `default-src 'none'; img-src 'self' file: data:; style-src ${await styleHash()}; base-uri 'none'; form-action 'none'`;

  const doc = html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${t.zh('report_title')} / ${t.en('report_title')}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<h1>${bi('report_title')}</h1>
<table>
${row('report_platform', c.platform)}
${row('report_order_number', c.orderNumber)}
${row('report_seller', c.seller)}
${row('report_order_date', c.orderDate)}
${row('report_delivery_date', c.deliveryDate)}
${row('report_amount_paid', c.amountPaid ? `${c.amountPaid.amount}${c.amountPaid.currency ? ` ${c.amountPaid.currency}` : ''}` : undefined)}
${row('report_notes', c.notes)}
${row('report_created', input.created)}
${row('report_software', input.software)}
${row('report_key', input.keyFingerprint, 'hash')}
</table>
<h2>${bi('report_proves_title')}</h2>
<div class="statement"><p lang="zh-CN">${t.zh('report_proves_text')}</p><p lang="en">${t.en('report_proves_text')}</p></div>
<h2>${bi('report_not_proves_title')}</h2>
<div class="statement limits"><p lang="zh-CN">${t.zh('report_not_proves_text')}</p><p lang="en">${t.en('report_not_proves_text')}</p></div>
<p><span lang="zh-CN">${t.zh('report_verify_hint')}</span><br><span lang="en">${t.en('report_verify_hint')}</span></p>
${input.captures.map((cap, i) => captureSection(cap, i + 1))}
</body>
</html>
`;
  return doc.value;

  function captureSection(cap: ReportCapture, n: number): SafeHtml {
    const m = cap.manifest;
    const href = safeHref(m.page.url);
    const images = m.artifacts.filter((a) => a.role === 'screenshot-visible' || a.role === 'screenshot-full');
    const facts = parseFacts(cap.facts);
    return html`<section class="capture">
<h2>${bi('report_capture', [n])}</h2>
<div>${images.map((a) => html`<a href="${`${cap.dir}/${a.path}`}"><img class="thumb" src="${`${cap.dir}/${a.path}`}" alt="${a.path}"></a>`)}</div>
<table>
${row('report_page_title', m.page.title)}
${row('report_url', href ? html`<a href="${href}" rel="noreferrer noopener">${m.page.url}</a>` : m.page.url, 'hash')}
${row('report_time_utc', m.time.utc)}
${row('report_time_local', `${m.time.local} (${m.time.timeZone})`)}
${row('report_browser', `${m.environment.browser.name} ${m.environment.browser.version}`)}
${row('report_extension', `${m.environment.extension.name} ${m.environment.extension.version}`)}
${row('report_trigger', bi(`trigger_${m.trigger.replace(/-/g, '_')}`))}
${m.viewport ? row('report_viewport', `${m.viewport.width}×${m.viewport.height} @${m.viewport.devicePixelRatio}x, scroll ${m.viewport.scrollX},${m.viewport.scrollY}`) : false}
${row('report_full_page', html`${bi(`report_status_${m.fullPage.status.replace(/-/g, '_')}`)}${m.fullPage.tiles ? ` · ${m.fullPage.tiles} × PNG, ${m.fullPage.frames ?? 0} frames` : ''}${m.fullPage.reason ? ` · ${m.fullPage.reason}` : ''}`)}
${row('report_mhtml', html`${bi(`report_status_${m.mhtml.status.replace(/-/g, '_')}`)}${m.mhtml.reason ? ` · ${m.mhtml.reason}` : ''}`)}
${m.fullPage.modifications?.length ? row('report_modifications', html`${m.fullPage.modifications.map((x) => html`<div>${x}</div>`)}`) : false}
${row('report_chain_position', String(cap.record.seq))}
${row('report_record_hash', cap.record.hash, 'hash')}
${row('report_prev_hash', cap.record.prev ?? '—', 'hash')}
</table>
${facts ? factsTable(facts) : false}
<h3>${bi('report_files')}</h3>
<table>
<tr><th>${bi('report_file')}</th><th>${bi('report_bytes')}</th><th>SHA-256</th></tr>
${m.artifacts.map((a) => html`<tr><td><code>${a.path}</code></td><td>${a.bytes}</td><td class="hash">${a.hash}</td></tr>`)}
</table>
</section>`;
  }

  function factsTable(f: PageFacts): SafeHtml {
    const price = f.product.price ? `${f.product.price.amount}${f.product.price.currency ? ` ${f.product.price.currency}` : ''}` : undefined;
    const days = f.shipping.daysMin !== undefined || f.shipping.daysMax !== undefined ? `${f.shipping.daysMin ?? '?'}–${f.shipping.daysMax ?? '?'}` : undefined;
    const shipping = [f.shipping.from, days].filter(Boolean).join(' · ') || undefined;
    const returns = [f.returns.windowDays !== undefined ? `${f.returns.windowDays}d` : undefined, f.returns.text].filter(Boolean).join(' · ') || undefined;
    return html`<h3>${bi('report_facts')}</h3>
<table>
${row('report_fact_product', f.product.title)}
${row('report_fact_price', price)}
${row('report_fact_seller', f.seller.name)}
${row('report_fact_shipping', shipping)}
${row('report_fact_returns', returns)}
</table>`;
  }
}

function parseFacts(raw: unknown): PageFacts | undefined {
  const parsed = pageFactsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
