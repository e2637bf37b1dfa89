import type { PageFactsInput } from '@/lib/facts/page-facts';
import { eachText, textsWithin, type TextList } from './page-text';

/**
 * What the page says about returns: the sentence, the window in days
 * ("30-day returns", "30 Tage Rückgaberecht", "30 天退货", "返品は30日以内")
 * and whether returns are free — or that there are none ("final sale").
 */

const RETURN_WORD = /\breturns?\b|\brefunds?\b|\breturnable\b|rückgabe|rücksendung|widerruf|umtausch|retour|devoluci|devolu[cç]|\breso\b|\bresi\b|rimborso|recesso|zwrot|vrácení|odstoupení|vrátenie|visszaküld|elállás|retur|palautus|возврат|повернення|退货|退貨|退换|退換|返品|返金|반품|환불|trả\s+hàng|đổi\s+trả|คืนสินค้า|pengembalian|إرجاع|استرجاع|החזר|iade/i;

const DAY_UNIT = '(?:-|\\s)?(?:days?|day|tage[n]?|tag|jours?|j\\b|d[ií]as|giorni|dagen|dage|dagar|dni|dní|dny|napo[st]?|zile|gün|дней|дня|днів|день|天|日間?|일|ngày|วัน|hari|يوم[اً]*|أيام|ימים)';
const WEEK_UNIT = '(?:-|\\s)?(?:weeks?|wochen|semaines|semanas|settimane|weken|tygodni|недел[ьи])';

const NO_RETURNS = /\bno returns?\b|non-?returnable|not returnable|final sale|all sales (?:are )?final|keine rückgabe|kein umtausch|pas de retour|ni repris ni échangé|sin devoluci|no se aceptan devoluciones|non (?:è )?rimborsabil|sem devolução|不支持(?:7天)?无理由退货|不退不换|不退不換|返品不可|반품 불가/i;
const FREE = /free returns?|returns? (?:are )?free|free (?:return )?shipping on returns|kostenlose[rn]? (?:rücksendung|rückversand|retoure)|rücksendung kostenlos|retours? gratuits?|retour gratuit|devoluci[oó]n(?:es)? gratis|devoluciones gratuitas|reso gratuito|resi gratuiti|devolução grátis|devoluções grátis|gratis retour|gratis retourneren|darmowy zwrot|bezpłatny zwrot|бесплатный возврат|免费退货|免費退貨|退货包运费|返品無料|返送料無料|무료 반품|miễn phí đổi trả|iade ücretsiz|ücretsiz iade/i;

/** A number and its unit ("30 days", "30-Tage"), or the unit before the number; built once, not per sentence. */
const DAYS_AFTER = new RegExp(`(\\d{1,3})\\s?${DAY_UNIT}`, 'i');
const DAYS_BEFORE = new RegExp(`${DAY_UNIT.replace('(?:-|\\s)?', '')}\\s?(\\d{1,3})`, 'i');
const WEEKS = new RegExp(`(\\d{1,2})\\s?${WEEK_UNIT}`, 'i');

function windowOf(text: string): number | undefined {
  const days = DAYS_AFTER.exec(text) ?? DAYS_BEFORE.exec(text);
  if (days?.[1]) {
    const n = Number(days[1]);
    return n > 0 && n <= 365 ? n : undefined;
  }
  const weeks = WEEKS.exec(text);
  if (weeks?.[1]) {
    const n = Number(weeks[1]) * 7;
    return n > 0 && n <= 365 ? n : undefined;
  }
  return undefined;
}

/** Reads the first returns statement of the page (product area first, then the whole page). */
export function readReturns(doc: Document, productArea?: Element, bodyTexts?: (need: number) => TextList): PageFactsInput['returns'] {
  let found: { text: string; windowDays?: number; free?: boolean } | undefined;
  const visit = (text: string, parent: Element) => {
    if (text.length < 6 || !RETURN_WORD.test(text)) return false;
    // Link lists in footers say "Returns" without a statement; a statement has a number or a rule.
    // The number must be in the sentence about returns: "Free returns. Delivery in 3-5 days." has no 5-day window.
    const sentence = text.split(/(?<=[.!?;。！？])\s+|[。！？]/).find((part) => RETURN_WORD.test(part)) ?? text;
    const windowDays = NO_RETURNS.test(text) ? 0 : windowOf(sentence.slice(0, 200));
    const free = FREE.test(text) ? true : undefined;
    if (windowDays === undefined && !free) return false;
    if (parent.closest('a') && windowDays === undefined) return false;
    found = { text: text.slice(0, 1000), ...(windowDays !== undefined ? { windowDays } : {}), ...(free ? { free } : {}) };
    return true;
  };
  // The product area's text nodes are a run of the body's, already read.
  if (productArea) eachText(productArea, visit, 8000, 600, RETURN_WORD, bodyTexts && textsWithin(bodyTexts, productArea, 8000));
  if (!found) eachText(doc.body, visit, 40000, 600, RETURN_WORD, doc.body ? bodyTexts?.(40000) : undefined);
  return found ?? {};
}
