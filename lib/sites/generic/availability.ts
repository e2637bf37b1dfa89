import type { Availability } from '@/lib/facts/page-facts';

/**
 * Availability from schema.org tokens and from shop text in many languages.
 * Out-of-stock phrases are checked first: "nicht auf Lager" contains
 * "auf Lager", "not available" contains "available".
 */

const OUT_OF_STOCK = new RegExp([
  'out[ -]?of[ -]?stock', 'sold[ -]?out', 'currently unavailable', 'not available', 'unavailable', 'no longer available', 'discontinued',
  'temporarily out', 'no stock', 'not in stock', 'cannot be (?:bought|purchased|ordered)', 'not (?:currently )?(?:possible|available) to (?:buy|order|purchase)',
  'nicht (?:bestellbar|kaufbar|mehr erhältlich)', 'non (?:acquistabile|ordinabile)', 'no se puede (?:comprar|pedir)', 'ne peut (?:pas|plus) être commandé',
  'nie (?:je|jest) možné (?:\\S+ )?kúpiť', 'není možné (?:\\S+ )?koupit', 'nie można (?:\\S+ )?kupić', 'nelze (?:\\S+ )?koupit', 'нельзя (?:\\S+ )?купить', 'недоступ(?:ен|но) для заказа',
  'ausverkauft', 'nicht (?:auf lager|verfügbar|lieferbar|vorrätig)', 'derzeit nicht', 'vergriffen',
  'rupture de stock', 'épuisé', 'epuise', 'indisponible', 'hors stock', "plus disponible",
  'agotado', 'sin stock', 'no disponible', 'sin existencias',
  'esaurito', 'non disponibile', 'esgotado', 'indisponível', 'sem estoque', 'fora de estoque',
  'uitverkocht', 'niet (?:op voorraad|leverbaar|beschikbaar)', 'slutsåld', 'slutsålt', 'ej i lager', 'udsolgt', 'ikke på lager', 'utsolgt',
  'loppuunmyyty', 'ei varastossa', 'wyprzedan', 'niedostępn', 'brak (?:w magazynie|towaru)', 'vyprodáno', 'nedostupn', 'vypredan',
  'není skladem', 'nie je skladom', 'elfogyott', 'nincs készleten', 'stoc epuizat', 'indisponibil', 'tükendi', 'stokta yok',
  'нет в наличии', 'распродан', 'немає в наявності', 'закінчився',
  '在庫切れ', '売り切れ', '品切れ', '在庫なし', '품절', '재고 없음', '缺货', '缺貨', '售罄', '已售完', '无货', '無貨', '已下架',
  'hết hàng', 'สินค้าหมด', 'habis', 'stok habis', 'نفدت الكمية', 'غير متوفر', 'נגמר', 'אזל',
].join('|'), 'i');

const IN_STOCK = new RegExp([
  'in[ -]?stock', 'available', 'not sold', 'unsold', 'noch zu haben', 'non vendu', 'no vendido', 'non venduto', 'ready to ship', 'ships (?:today|tomorrow|in)', 'only \\d+ left',
  'auf lager', 'verfügbar', 'lieferbar', 'vorrätig', 'sofort', 'en stock', 'disponible', 'en existencia', 'hay existencias',
  'disponibile', 'in magazzino', 'em estoque', 'disponível', 'op voorraad', 'leverbaar', 'i lager', 'på lager', 'varastossa',
  'dostępn', 'w magazynie', 'skladem', 'skladom', 'na sklade', 'raktáron', 'készleten', 'în stoc', 'stokta', 'в наличии', 'є в наявності',
  '在庫あり', '在庫有', '재고 있음', '有货', '有貨', '现货', '現貨', 'còn hàng', 'มีสินค้า', 'tersedia', 'متوفر', 'במלאי',
].join('|'), 'i');

/** Orderable now, shipped later: pre-orders and made-to-order / back-order stock. */
const PREORDER = /pre-?order|presale|pre-?sale|vorbestell|précommande|precommande|preventa|pre-?venda|prenota|予約|预购|預購|예약|back-?order|on order|made to order|auf bestellung|bestellartikel|sur commande|bajo pedido|por encargo|su ordinazione|sob encomenda|op bestelling|na objedn|na zamówienie|на заказ|под заказ|取り寄せ|受注生産|预订/i;
const LIMITED = /limited ?availability|low stock|few left|only \d+ left|wenige|peu de stock|últimas unidades|ultimi pezzi/i;

/** A schema.org availability token or URL (`http://schema.org/InStock`), or undefined. */
export function availabilityFromSchema(raw: unknown): Availability | undefined {
  if (typeof raw === 'boolean') return raw ? 'InStock' : 'OutOfStock';
  if (typeof raw !== 'string') return undefined;
  const token = raw.trim().replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '').toLowerCase().replace(/[\s_-]/g, '');
  if (!token) return undefined;
  // `oos` and `available for order` are the product catalogue's tokens (OpenGraph `product:availability`).
  if (/^(outofstock|soldout|discontinued|instoreonly?outofstock|oos)$/.test(token)) return 'OutOfStock';
  if (token === 'instock' || token === 'onlineonly' || token === 'instoreonly' || token === 'madetoorder' || token === 'available' || token === 'availablefororder' || token === 'true' || token === '1') return 'InStock';
  if (token === 'limitedavailability') return 'LimitedAvailability';
  if (token === 'preorder' || token === 'presale' || token === 'backorder') return 'PreOrder';
  if (token === 'false' || token === '0' || token === 'unavailable') return 'OutOfStock';
  return undefined;
}

/** Availability a short visible text states ("Sold out", "Auf Lager", "在庫あり"), or undefined. */
export function availabilityFromText(raw: string | undefined | null): Availability | undefined {
  if (!raw) return undefined;
  const s = raw.slice(0, 300).replace(/\s+/g, ' ');
  const schema = availabilityFromSchema(s);
  if (schema) return schema;
  // A classified's status line: "Status: SOLD" / "Verkauft".
  if (/^(?:status:?\s*)?(?:sold|verkauft|vendu|vendido|venduto|verkocht|sprzedane|продано|已售出|売却済み?)$/i.test(s.trim())) return 'OutOfStock';
  if (/\bnot sold\b|\bunsold\b/i.test(s)) return 'InStock';
  if (OUT_OF_STOCK.test(s)) return 'OutOfStock';
  if (PREORDER.test(s)) return 'PreOrder';
  if (LIMITED.test(s)) return 'LimitedAvailability';
  if (IN_STOCK.test(s)) return 'InStock';
  return undefined;
}
