import { MAX_INDEXED, type PageIndex } from './page-index';
import { PATTERNS, PAYMENT_CONTEXT, type Method } from './payment-patterns';

/**
 * Payment methods a page shows: logos (img alt/src/title, svg titles,
 * icon classes) and sentences ("We accept…", "Zahlung per Vorkasse").
 * Bank transfer, crypto, gift cards and Western Union matter most: they
 * leave the shopper without chargeback protection.
 */

const MAX_ELEMENTS = 2500;

/**
 * The file name of a logo's address ("visa.svg"). An inline image (`data:`,
 * often 100 KB of base64) has none, and a name is short: the payment
 * patterns then search a few words, not a picture's bytes.
 */
function fileName(address: string): string {
  if (/^\s*data:/i.test(address)) return '';
  const end = address.search(/[?#]/);
  const path = end >= 0 ? address.slice(0, end) : address;
  return path.slice(path.lastIndexOf('/') + 1).slice(0, 200);
}

/**
 * A logo's words: its alt, title, label, classes, `data-payment` and file
 * name. One attribute-name read, then only the attributes present; the
 * names are told apart by their length first (searching a list of names
 * for each attribute and joining an array of words cost 2% of a read on
 * pages with 600 images and icons).
 */
function describe(el: Element): string {
  let alt = '';
  let title = '';
  let label = '';
  let classes = '';
  let payment = '';
  let src: string | null = null;
  let dataSrc: string | null = null;
  let href: string | null = null;
  for (const name of el.getAttributeNames()) {
    switch (name.length) {
      case 3:
        if (name === 'alt') alt = el.getAttribute(name) ?? '';
        else if (name === 'src') src = el.getAttribute(name);
        break;
      case 4:
        if (name === 'href') href = el.getAttribute(name);
        break;
      case 5:
        if (name === 'title') title = el.getAttribute(name) ?? '';
        else if (name === 'class') classes = el.getAttribute(name) ?? '';
        break;
      case 8:
        if (name === 'data-src') dataSrc = el.getAttribute(name);
        break;
      case 10:
        if (name === 'aria-label') label = el.getAttribute(name) ?? '';
        break;
      case 12:
        if (name === 'data-payment') payment = el.getAttribute(name) ?? '';
        break;
      default:
        break;
    }
  }
  return `${alt} ${title} ${label} ${classes} ${payment} ${fileName(src ?? dataSrc ?? href ?? '')}`;
}

/**
 * The svg drawings holding a `<title>`, or undefined when the index stopped
 * listing titles at its cap. Hundreds of icons without one each cost a
 * query for it (0.1 ms of a read on pages of 430–480 icons); the titles
 * are few, and each of their ancestors is visited once.
 */
function svgsWithTitle(index: PageIndex): Set<Element> | undefined {
  if (index.titleTags.length >= MAX_INDEXED) return undefined;
  const svgs = new Set<Element>();
  const walked = new Set<Element>();
  for (const title of index.titleTags) {
    // An ancestor already walked had its own ancestors walked then.
    for (let el = title.parentElement; el && !walked.has(el); el = el.parentElement) {
      walked.add(el);
      if (el.localName === 'svg') svgs.add(el);
    }
  }
  return svgs;
}

/** An svg drawing's title text; `titled` (from `svgsWithTitle`) spares the query for drawings without one, and without it every drawing is asked. */
function svgTitle(svg: Element, titled: ReadonlySet<Element> | undefined): string {
  if (titled && !titled.has(svg)) return '';
  return svg.querySelector('title')?.textContent ?? '';
}

/**
 * The svg drawings that may name a payment method: the index lists those
 * that do by an attribute, the titles those that do by a `<title>`. When
 * the index stopped listing titles at its cap (a hostile page), every
 * drawing of the page.
 */
function logoSvgs(index: PageIndex, titled: ReadonlySet<Element> | undefined): Iterable<Element> {
  if (titled) return new Set([...index.svgs, ...titled]);
  return index.titleTags[0]?.ownerDocument.getElementsByTagName('svg') ?? index.svgs;
}

/** Payment methods the page shows; undefined when it shows none. */
export function readPaymentMethods(index: PageIndex, textOf: (el: Element) => string = (el) => el.textContent ?? ''): Method[] | undefined {
  // Shops repeat the same logos and icons: each distinct description is searched once.
  const hay = new Set<string>();
  // Logos anywhere: their alt text, file name or icon class names the method.
  const titled = svgsWithTitle(index);
  for (const el of [...index.images, ...logoSvgs(index, titled), ...index.icons, ...index.payment].slice(0, MAX_ELEMENTS)) {
    const d = describe(el);
    hay.add(el.localName === 'svg' ? `${d} ${svgTitle(el, titled)}` : d);
  }
  // Sentences: only in a payment context, so "Bitcoin mining rig" on a product title does not count.
  for (const el of [...index.payment, ...index.footers].slice(0, 200)) {
    const t = textOf(el);
    if (t.length > 20000) continue;
    const s = t.replace(/\s+/g, ' ');
    if (PAYMENT_CONTEXT.test(s) || /payment/i.test(el.getAttribute('class') ?? '')) hay.add(s.slice(0, 4000));
  }
  // No pattern matches across " | ": searching the joined text is searching each description.
  const text = [...hay].join(' | ');
  const found = PATTERNS.filter(([, re]) => re.test(text)).map(([m]) => m);
  return found.length ? found : undefined;
}
