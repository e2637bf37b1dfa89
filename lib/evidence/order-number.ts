/**
 * The order number an order page's address carries, if any. Marketplaces
 * put it in the query (`orderId=`, `order_id=`, `orderNo=`…) or as the last
 * path segment after `/order/`. Only plain ids are accepted.
 */
export function orderNumberFromUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const plain = /^[A-Za-z0-9-]{4,40}$/;
  for (const [name, value] of u.searchParams) {
    if (/^(order_?id|order_?no|order_?number|order_?sn|orderid|oid)$/i.test(name) && plain.test(value)) return value;
  }
  const m = /\/orders?\/(?:details?\/)?([A-Za-z0-9-]{4,40})(?:[/.]|$)/i.exec(u.pathname);
  return m && /\d/.test(m[1]!) ? m[1] : undefined;
}
