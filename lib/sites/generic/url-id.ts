/**
 * The product id a shop puts in its product URLs (`/p/4667999`,
 * `?pid=260591`, `…-987929.html`, `/deal/4548094738`), used as the sku only
 * when no source states one and the page's own data repeats it — a number
 * in a URL alone could be a category or a tracking id.
 */

const ID_PARAM = /^(?:p|pid|id|product_?id|productid|prod_?id|item_?id|itemid|sku|deal_?id|dealid|goods_?id|goodsid|article|art_?id|variant|offer_?id|ad_?id|listing_?id)$/i;

/** Candidate ids of a URL, most specific first. */
export function urlIdCandidates(url: URL): string[] {
  const out: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (ID_PARAM.test(key) && /^[A-Za-z0-9_-]{4,40}$/.test(value) && /\d/.test(value)) out.push(value);
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:html?|php|aspx?|jsp)$/i, '');
  const tokens = last.split(/[-_.,~+]/).filter(Boolean);
  for (const t of [...tokens].reverse()) {
    if (/^\d{5,20}$/.test(t)) out.push(t);
    // "p400105394", "iid-1024643167" style: a letter prefix glued to a long number.
    const glued = /^[a-z]{1,3}(\d{6,20})$/i.exec(t);
    if (glued?.[1]) out.push(glued[1]);
  }
  // A purely numeric path segment before the slug (`/deal/4548094738`, `/item/123456/slug`),
  // or an upper-case code mixing letters and digits (`/dp/B004SNMXRS`).
  for (const seg of [...segments].reverse()) {
    if (/^\d{5,20}$/.test(seg)) out.push(seg);
    else if (/^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,20}$/.test(seg)) out.push(seg);
  }
  return [...new Set(out)];
}

/**
 * The first candidate the page repeats outside its URLs: in an inline
 * script or a data / value attribute. `scripts` are the page's inline scripts.
 */
export function confirmedUrlId(doc: Document, url: URL, scripts: readonly string[]): string | undefined {
  for (const id of urlIdCandidates(url)) {
    // Quoted or assigned, so a URL inside a script does not count.
    const patterns = [`"${id}"`, `'${id}'`, `:${id},`, `: ${id},`, `=${id};`, `= ${id};`, `:${id}}`];
    if (scripts.some((s) => patterns.some((p) => s.includes(p)))) return id;
    // The id contains only [A-Za-z0-9_-] (checked above), so it is safe inside a selector.
    if (doc.querySelector(`[data-product-id="${id}"], [data-productid="${id}"], [data-id="${id}"], [data-pid="${id}"], [data-sku="${id}"], [data-item-id="${id}"], input[value="${id}"]`)) return id;
  }
  return undefined;
}
