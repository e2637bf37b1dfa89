import { cleanId, cleanText } from '@/lib/sites/util/clean-text';
import { distanceInDocument, inOffMainArea, isHidden, type Layout } from './page-layout';
import { collectTexts, type TextList } from './page-text';

/**
 * Identifiers printed as labelled rows ("SKU: 123", "Art.-Nr. 123",
 * `<dt>Référence</dt><dd>123</dd>`, "商品番号：123") in many languages.
 * The label is matched on a text node; the value is the rest of that text or
 * the next text in the same row.
 */

export type LabelKind = 'sku' | 'gtin' | 'brand' | 'seller' | 'location';

const LABELS: ReadonlyArray<[LabelKind, RegExp]> = [
  ['sku', /^(?:sku|(?:post|ad|listing|anzeigen|annonce)[-\s]?(?:id|nr\.?|n°|number)|sku\s?(?:code|no\.?|number|#)|art(?:ikel)?\.?[-\s]?(?:nr|nummer|no)\.?|artikelnr\.?|artikelnummer|art\.-nr\.?|best(?:ell)?\.?[-\s]?nr\.?|bestellnummer|item\s?(?:#|no\.?|number|code|id)|product\s?(?:#|code|id|no\.?|number)|prod(?:uct)?\.?\s?(?:code|no\.?)|style\s?(?:#|no\.?|number|code)|ref\.?|réf(?:érence)?\.?|r[ée]f[ée]rence(?: (?:produit|article))?|code (?:produit|article)|código(?: (?:del )?(?:producto|artículo|articulo))?|cód(?:igo)?\.?|codice(?: (?:articolo|prodotto))?|cod\.?(?: art(?:icolo)?\.?)?|kód(?: (?:produktu|tovaru|zboží))?|katalógové číslo|katalogové číslo|kat\.\s?č\.?|číslo (?:produktu|tovaru)|numer (?:katalogowy|produktu)|nr kat(?:alogowy)?\.?|kod (?:produktu|towaru)|cikkszám|termékkód|cod produs|ürün kodu|stok kodu|артикул|код(?: товара)?|арт\.?|品番|型番|商品番号|商品コード|商品编号|商品編號|货号|貨號|상품번호|상품코드|품번|mã (?:sản phẩm|sp|hàng)|รหัสสินค้า|kode (?:produk|barang)|tuotenumero|tuotekoodi|varenummer|varenr\.?|artikelnummer|artikkelnummer|rmz|رمز المنتج|رقم المنتج|מק"ט|מק״ט)$/i],
  ['gtin', /^(?:(?:ean|gtin|upc|isbn)(?:-?1[0234])?(?:\s?\/\s?(?:ean|gtin|upc|isbn)(?:-?1[0234])?)*|(?:ean|gtin|upc)\s?(?:code|number|no\.?)|barcode|bar code|código de barras|código ean|codice ean|codice a barre|code[- ]barres?|strichcode|streepjescode|streckkod|stregkode|strekkode|viivakoodi|kod kreskowy|čárový kód|vonalkód|barkod|штрих-?код|jan(?:コード)?|バーコード|条形码|條碼|바코드|mã vạch)$/i],
  ['seller', /^(?:(?:dispatched and |shipped and )?sold (?:and (?:shipped|dispatched) )?by|seller|vendido (?:y enviado )?por|vendedor|verkauf (?:und versand )?durch|verkäufer|vendu (?:et expédié )?par|vendeur|venduto (?:e spedito )?da|venditore|verkocht door|verkoper|sprzedawca|sprzedaje|prodejce|prodává|predajca|predáva|eladó|vânzător|satıcı|продавец|продавець|卖家|賣家|店铺|販売元|出品者|판매자|người bán|ผู้ขาย|penjual|البائع|מוכר)$/i],
  // Where the item is or leaves from (classifieds print "Posted in", shops "Ships from"); a value counts only if it names a country.
  ['location', /^(?:ships? from|shipped from|dispatch(?:ed|es)? from|item location|item located in|located in|posted in|versand (?:aus|von)|artikelstandort|standort des artikels|exp[ée]di[ée] (?:depuis|de)|envío desde|enviado desde|se envía desde|spedito da|spedizione da|wysyłka z|verzonden vanuit|verzending vanuit|发货地|发货地址|所在地|発送元|発送地|配送元|발송지|출고지|gửi từ|ส่งจาก|dikirim dari)$/i],
  ['brand', /^(?:brand|brand name|manufacturer|marke|hersteller|marque|fabricant|marca|fabricante|marchio|produttore|merk|fabrikant|značka|výrobce|výrobca|marka|producent|márka|gyártó|brand\/manufacturer|бренд|производитель|виробник|ブランド|メーカー|品牌|品牌名称|브랜드|제조사|thương hiệu|แบรนด์|merek|العلامة التجارية|الماركة|מותג)$/i],
];

const MAX_TEXT_NODES = 30000;

/**
 * Any label at the start of a text: every match below begins with one, so a
 * text failing this one test (most texts of a page) skips the eight anchored ones.
 */
const LABEL_NAMES = LABELS.map(([, re]) => re.source.replace(/^\^/, '').replace(/\$$/, '')).join('|');
const LABEL_PREFIX = new RegExp(`^(?:${LABEL_NAMES})`, 'i');

/**
 * `LABEL_PREFIX` loosened for raw text: a run of whitespace where the
 * normalised text has one space or none. Sticky, not anchored: it is tested
 * where the text's leading run ends, without cutting the run off.
 */
const RAW_LABEL_NAME = new RegExp(`(?:${LABEL_NAMES.replace(/\[-\\s\]\?/g, '[-\\s]*').replace(/\\s\?/g, '\\s*').replace(/ /g, '\\s+')})`, 'iy');
/** What `labelOf` strips before the label: neither letters nor digits. */
const LEADING_NON_LETTERS = /^[^\p{L}\p{N}]+/u;
/** The same run, sticky from the text's start: a test leaves `lastIndex` where the run ends. */
const LEADING_RUN = /[^\p{L}\p{N}]*/uy;

/**
 * True when a raw text may start with a label: every text `labelOf` accepts
 * passes, so testing the raw text first spares most text nodes the
 * whitespace normalising. The names are tested where the leading run of
 * neither letters nor digits ends, not matched by the pattern: as `[\s\W_]*`
 * it also took every non-ASCII letter, and on an Arabic or Korean page the
 * pattern retried its hundred names at each letter of each text; under the
 * `u` flag the names' case-insensitive test cost twice as much on a Latvian
 * page; and cutting the run off first built a new string for each text
 * node of a page printed with a newline before every text (0.5 ms of a
 * read on a page of 1,400 such texts, 0.1 ms now).
 */
function mayStartWithLabel(raw: string): boolean {
  // Spaces, tabs and newlines (the indentation before most texts of a pretty-printed page) are skipped
  // here: the run pattern's Unicode classes cost a third of a microsecond over ten of them.
  let start = 0;
  while (start < raw.length && raw.charCodeAt(start) <= 32) start++;
  const c = raw.charCodeAt(start);
  // Most texts go on with an ASCII letter or digit, and then have no more of the run.
  const asciiAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!asciiAlnum && start < raw.length) {
    LEADING_RUN.lastIndex = start;
    LEADING_RUN.test(raw);
    start = LEADING_RUN.lastIndex;
  }
  RAW_LABEL_NAME.lastIndex = start;
  return RAW_LABEL_NAME.test(raw);
}

function matchLabel(label: string): LabelKind | undefined {
  const l = label.trim().replace(/[-–:：#.\s]+$/, '').replace(LEADING_NON_LETTERS, '');
  for (const [kind, re] of LABELS) if (re.test(l) || re.test(`${l}.`)) return kind;
  return undefined;
}

/** "SKU: 123" / "Art.-Nr.: 123" / "商品番号：123" / "Item # 123" → label kind and the rest of the text. */
function labelOf(text: string): { kind: LabelKind; rest: string } | undefined {
  if (!LABEL_PREFIX.test(text.replace(LEADING_NON_LETTERS, ''))) return undefined;
  const colon = /^([^:：]{1,40}?)\s*[:：]\s*(.*)$/.exec(text);
  if (colon) {
    const kind = matchLabel(colon[1] ?? '');
    return kind ? { kind, rest: (colon[2] ?? '').trim() } : undefined;
  }
  const whole = matchLabel(text);
  if (whole) return { kind: whole, rest: '' };
  // No colon: "Art.-Nr. 400105394", "SKU 12345".
  const spaced = /^(.{2,30}?)\s+([A-Za-z0-9][\w./-]{2,40})$/.exec(text);
  const kind = spaced ? matchLabel(spaced[1] ?? '') : undefined;
  return kind && spaced?.[2] && /\d/.test(spaced[2]) ? { kind, rest: spaced[2] } : undefined;
}

function validSku(v: string | undefined): string | undefined {
  const id = cleanId(v, 60);
  if (!id) return undefined;
  // An identifier: one token (or a few short ones), with a digit or a code-like capital run.
  if (!/^[A-Za-z0-9][A-Za-z0-9._/\- ]{0,58}[A-Za-z0-9]$|^[A-Za-z0-9]$/.test(id) || id.split(' ').length > 3) return undefined;
  return /\d/.test(id) || /^[A-Z0-9-]{5,}$/.test(id) ? id : undefined;
}

function validGtin(v: string | undefined): string | undefined {
  const d = v?.replace(/[\s-]/g, '');
  return d && /^\d{8,14}$/.test(d) ? d : undefined;
}

/** The next non-empty text after `node` in document order, within `scope`. */
function nextText(node: Node, scope: Element, budget = 12): string | undefined {
  let cur: Node | null = node;
  for (let i = 0; i < budget && cur; i++) {
    cur = nextNode(cur, scope);
    if (!cur) return undefined;
    if (cur.nodeType === 3) {
      const t = (cur.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (t && !/^[:：#-]$/.test(t)) return t.replace(/^[:：#]\s*/, '');
    }
  }
  return undefined;
}

function nextNode(n: Node, scope: Element): Node | null {
  if (n.firstChild) return n.firstChild;
  let cur: Node | null = n;
  while (cur && cur !== scope) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/** The row a label sits in: the nearest ancestor with more text than the label itself (up to 3 levels). */
function rowOf(el: Element, label: string): Element {
  let row = el;
  for (let i = 0; i < 3 && row.parentElement; i++) {
    const t = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > label.length + 1) break;
    row = row.parentElement;
  }
  return row;
}

export type LabelledValues = Partial<Record<LabelKind, string>> & {
  /** Kinds whose value was printed inside the product's own container. */
  inProductArea?: LabelKind[];
  /** The page prints exactly one labelled product code (outside carousels, header and footer). */
  onlySku?: boolean;
};

/**
 * True when the labels name one item beside its heading: one product code
 * on the page ("商品コード", "SKU"), or a barcode, printed in the product's
 * area. A category page prints no code, or one per tile.
 */
export function labelsOneItem(values: LabelledValues): boolean {
  const near = values.inProductArea ?? [];
  return (Boolean(values.onlySku) && near.includes('sku')) || near.includes('gtin');
}

/**
 * Reads labelled sku, gtin, brand, seller and item location. Values in the product's container
 * are preferred; elsewhere only outside header, footer and carousels.
 */
export function findLabelledValues(doc: Document, layout: Layout, bodyTexts?: TextList): LabelledValues {
  const out: LabelledValues = {};
  const far: LabelledValues = {};
  const inProduct: LabelKind[] = [];
  const skuValues = new Set<string>();
  const body = doc.body;
  if (!body || typeof doc.createTreeWalker !== 'function') return out;
  const texts = bodyTexts ?? collectTexts(body, MAX_TEXT_NODES);
  const end = Math.min(texts.nodes.length, MAX_TEXT_NODES);
  for (let i = 0; i < end; i++) {
    const node = texts.nodes[i];
    const raw = texts.values[i] ?? '';
    if (!node) continue;
    if (raw.length > 120 || !mayStartWithLabel(raw)) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length < 2) continue;
    const hit = labelOf(text);
    if (!hit) continue;
    const parent = node.parentElement;
    if (!parent || ['script', 'style', 'noscript', 'option', 'title'].includes(parent.localName)) continue;
    if (isHidden(parent)) continue;
    const inMain = Boolean(layout.main?.contains(parent));
    if (!inMain && inOffMainArea(parent)) continue;
    const value = hit.rest || nextText(node, rowOf(parent, text));
    const cleaned = hit.kind === 'sku' ? validSku(value) : hit.kind === 'gtin' ? validGtin(value) : cleanText(value, 200);
    if (!cleaned || ((hit.kind === 'brand' || hit.kind === 'seller' || hit.kind === 'location') && cleaned.length > 60)) continue;
    if (hit.kind === 'sku') skuValues.add(cleaned);
    const bag = inMain || !layout.main ? out : far;
    if (bag[hit.kind] === undefined) {
      bag[hit.kind] = cleaned;
      const nearHeading = !layout.main && layout.heading ? distanceInDocument(layout.heading, parent, 250) < 250 : false;
      if (inMain || nearHeading) inProduct.push(hit.kind);
    }
    if (out.sku && out.gtin && out.brand && out.seller && out.location) break;
  }
  return { ...far, ...out, inProductArea: inProduct, ...(skuValues.size === 1 ? { onlySku: true } : {}) };
}
