/**
 * The label a shop prints before an amount to say it is a former or list
 * price: "Was: $149", `<label>Old price:</label> €69`, `<th>定価</th><td>3,850円</td>`,
 * "UVP 59,99 €". Read from the nearest text before the amount in its row,
 * never from the amount's own text (the price reader tests that itself).
 */

const FORMER_PRICE_LABEL = new RegExp(`^(?:${[
  'was', 'now was', 'old price', 'regular price', 'reg\\.?', 'list price', 'original price', 'retail price', 'rrp', 'msrp', 'compare at', 'before', 'typical price',
  'statt', 'uvp', 'bisher', 'vorher', 'alter preis', 'ursprünglicher preis', 'streichpreis', 'unverb\\. preisempf\\.?',
  'prix barré', 'prix initial', 'prix de référence', 'prix conseillé', 'ancien prix', 'au lieu de', 'avant',
  'antes', 'precio anterior', 'precio original', 'precio de lista', 'precio regular', 'precio normal', 'precio habitual',
  'prezzo originale', 'prezzo di listino', 'prezzo pieno', 'prima', 'invece di',
  'de', 'preço original', 'preço anterior', 'preço de tabela', 'van', 'oude prijs', 'adviesprijs', 'normale prijs',
  'ord\\. pris', 'ordinarie pris', 'førpris', 'normalpris', 'cena regularna', 'stara cena', 'cena katalogowa', 'původně', 'původní cena', 'běžná cena',
  'старая цена', 'было', 'önceki fiyat', 'eski fiyat',
  '定価', '通常価格', '参考価格', '参考上代', 'メーカー希望小売価格', '希望小売価格', '原价', '原價', '市场价', '市場價', '划线价', '정가', '소비자가', '시중가',
].join('|')})$`, 'i');

/** Characters a label ends with before its amount ("Was:", "定価：", "UVP*"). */
const LABEL_END = /[\s:：*\-–]+$/;
/** Longest label text looked at: a label is a word or three, not a sentence. */
const MAX_LABEL = 40;

/** The first non-empty text of the nodes before `node` among its siblings, nearest first; '' when none. */
function previousText(node: Node): string {
  for (let prev = node.previousSibling, n = 0; prev && n < 4; prev = prev.previousSibling, n++) {
    const t = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t.length > MAX_LABEL ? ' ' : t;
  }
  return '';
}

/**
 * The text labelling `el`: the nearest text before it among its siblings,
 * or, when it is its parent's first content, before its parent (up to
 * three levels: `<td><span>` after a `<th>`). Undefined when none is short.
 */
export function labelBefore(el: Element): string | undefined {
  let cur: Element | null = el;
  for (let level = 0; cur && level < 3; level++, cur = cur.parentElement) {
    const t = previousText(cur);
    if (t === ' ') return undefined;
    if (t) return t;
  }
  return undefined;
}

/** True when the text printed before `el` names a former or list price. */
export function hasFormerPriceLabel(el: Element): boolean {
  const label = labelBefore(el);
  return label !== undefined && FORMER_PRICE_LABEL.test(label.replace(LABEL_END, ''));
}
