import type { PageFactsInput } from '@/lib/facts/page-facts';
import { readPaymentMethods } from './payment-methods';
import { readReturns } from './returns-policy';
import type { PageContext } from './types';
import type { PageIndex } from './page-index';
import { collectTexts, spacedText, type TextList } from './page-text';

/**
 * Signals about the shop itself, for the fake-shop rules: which legal and
 * service pages the site links to (imprint, returns, privacy, contact), its
 * platform, contact e-mails and off-platform messengers, the payment methods
 * it shows and its returns statement.
 */

const LINKS = {
  hasImprint: /impressum|imprint|legal[-\s]?notice|mentions[-\s]?l[ée]gales|aviso[-\s]?legal|note[-\s]?legali|colofon|informa[cç][ãa]o[-\s]?legal|dados[-\s]?legais|wettbewerbsrecht|特定商取引|特商法|tokushoho|company[-\s]?(?:details|information)|legal[-\s]?information|ochrana[-\s]?spotřebitele|prawne/i,
  hasReturnsPage: /returns?|refunds?|rückgabe|widerruf|retoure|retour|devoluci|devolu[cç]|\breso\b|\bresi\b|recesso|zwrot|vrácení|reklamac|возврат|повернення|退货|退貨|退换|返品|반품|đổi[-\s]?trả|iade|إرجاع/i,
  hasPrivacyPage: /privacy|datenschutz|confidentialit|privacidad|privacidade|riservatezza|prywatno|ochrana[-\s]?osobn|ochrana[-\s]?súkromia|adatvédel|конфиденциальн|персональн|隐私|隱私|プライバシー|個人情報|개인정보|quyền riêng tư|gizlilik|خصوصية|פרטיות|gdpr|cookie[-\s]?policy/i,
  hasContactPage: /contact|kontakt|contacto|contatti|contato|contactez|kundenservice|customer[-\s]?service|customer[-\s]?care|help[-\s]?center|связаться|контакт|зв'язок|联系我们|聯絡我們|联系客服|お問い合わせ|問い合わせ|문의|고객센터|liên hệ|ติดต่อ|hubungi|اتصل|צור קשר|iletişim/i,
} as const;

/** A footer or contact block longer than this is a page's whole text, not a contact block: its addresses are not searched. */
const MAX_CONTACT_TEXT = 50000;

/** A link to a policy or contact page says so in a few words; a longer text is a product card or a headline. */
const MAX_LINK_TEXT = 80;

type LinkFlags = { -readonly [K in keyof typeof LINKS]?: boolean };

const FREE_OF_EMAIL = /(?:\.(?:png|jpe?g|gif|webp|svg)$)|(?:^(?:example|test|user|name|email|your)@)|(?:@(?:example\.|domain\.|sentry|wixpress\.com|2x\.))/i;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g;

/** The path of a link without query and fragment; undefined for script and data links. */
function linkPath(href: string): string | undefined {
  // Most links start with "/" or "h" (http): no script or data scheme, and no lower-cased copy to check it.
  const first = href.charCodeAt(0);
  if (first !== 47 && first !== 104) {
    const scheme = href.slice(0, 11).toLowerCase();
    if (scheme.startsWith('javascript:') || scheme.startsWith('data:')) return undefined;
  }
  let end = href.length;
  const query = href.indexOf('?');
  const fragment = href.indexOf('#');
  if (query >= 0) end = query;
  if (fragment >= 0 && fragment < end) end = fragment;
  return href.slice(0, Math.min(end, 300));
}

/** A link to a page: it has an address, and not a script or data one. */
function leadsToPage(a: Element): boolean {
  const href = a.getAttribute('href');
  return href !== null && linkPath(href) !== undefined;
}

type LinkKey = keyof typeof LINKS;
const LINK_KEYS = Object.keys(LINKS) as LinkKey[];

/**
 * What starts a page-type name besides the names themselves, for names
 * written over two elements ("Customer <span>Service</span>", "Legal
 * <b>notice</b>"): a text node that holds neither is no part of a policy or
 * contact link's name.
 */
const NAME_START_WORDS = 'legal|customer|help|company|cookie|mentions|aviso|note|informa|dados|ochrana|đổi|quyền|liên|צור';

/** The tests for the page types still unknown: a link that names only known ones cannot change the answer. */
interface OpenTests {
  /** Any still-unknown page type's name. */
  any: RegExp;
  /** What may start a still-unknown page type's name in a text node. */
  start: RegExp;
}

/** Per set of unknown page types (a bit per key of `LINKS`), built once. */
const openTests = new Map<number, OpenTests>();

function testsFor(flags: LinkFlags): OpenTests {
  let bits = 0;
  LINK_KEYS.forEach((key, i) => {
    if (!flags[key]) bits |= 1 << i;
  });
  let tests = openTests.get(bits);
  if (!tests) {
    const any = LINK_KEYS.filter((key) => !flags[key]).map((key) => LINKS[key].source).join('|');
    tests = { any: new RegExp(any, 'i'), start: new RegExp(`${any}|${NAME_START_WORDS}`, 'i') };
    openTests.set(bits, tests);
  }
  return tests;
}

/**
 * Which policy and contact pages the site links to; undefined when the page
 * has too few links to tell. Paths first (`hrefs`: the index's links'
 * addresses, from the page's end); then, for the page types no
 * path showed, the short texts of the links holding a text node that could
 * start a page-type name (found in `texts`, the page's text nodes the other
 * readers read anyway, instead of reading thousands of menu and tile links'
 * texts), and the titles of the links that have one.
 */
export function readLinks(index: PageIndex, hrefs: readonly (string | null)[], texts: TextList): LinkFlags {
  const paths: string[] = [];
  let withHref = 0;
  for (const href of hrefs) {
    if (href === null) continue;
    withHref++;
    const path = linkPath(href);
    if (path !== undefined) paths.push(path);
  }
  if (withHref < 15) return {};
  const flags: LinkFlags = { hasImprint: false, hasReturnsPage: false, hasPrivacyPage: false, hasContactPage: false };
  let open = LINK_KEYS.length;
  // Narrowed as page types are found: most shops show no imprint, and its 18 names are then tested instead of 91.
  let tests = testsFor(flags);
  const mark = (hay: string): void => {
    for (const key of LINK_KEYS) {
      if (!flags[key] && LINKS[key].test(hay)) {
        flags[key] = true;
        open--;
        tests = testsFor(flags);
      }
    }
  };
  // From the page's end: the footer links to the returns, privacy and contact pages, and once they are
  // found the thousand menu and tile paths before it are tested for the imprint alone (a third of the cost
  // of the four tests). The answer does not depend on the order: a page type is found when any path names
  // it. Menus and product tiles repeat the same paths: each distinct one is tested once.
  const seen = new Set<string>();
  for (let i = paths.length - 1; i >= 0; i--) {
    const path = paths[i] as string;
    if (seen.has(path)) continue;
    seen.add(path);
    if (tests.any.test(path)) mark(path);
    // Every page type found: the remaining links cannot change the answer.
    if (!open) return flags;
  }
  const read = new Set<Element>();
  for (let i = 0; i < texts.nodes.length && open; i++) {
    const value = texts.values[i] ?? '';
    // A longer text makes its link a product card or a headline, not a policy link: a text node longer
    // than a link name, once trimmed, makes its link's text longer too (and the name test costs most on long texts).
    if (value.length > MAX_LINK_TEXT && (value.length > MAX_LINK_TEXT * 5 || value.trim().length > MAX_LINK_TEXT)) continue;
    if (!tests.start.test(value)) continue;
    const a = texts.nodes[i]?.parentElement?.closest('a');
    if (!a || read.has(a) || !leadsToPage(a)) continue;
    read.add(a);
    const raw = a.textContent ?? '';
    const text = raw.length <= MAX_LINK_TEXT * 5 ? raw.trim() : '';
    if (text.length <= MAX_LINK_TEXT && tests.any.test(text)) mark(text);
  }
  // The index lists the links with a title: reading every link's title cost a DOM call per link.
  for (const a of index.titledLinks) {
    if (!open) break;
    const title = a.getAttribute('title');
    if (title && tests.any.test(title) && leadsToPage(a)) mark(title);
  }
  return flags;
}

export function readContacts(index: PageIndex, hrefs: readonly (string | null)[]): { contactEmails?: string[]; offPlatformContact?: boolean } {
  const emails = new Set<string>();
  let messenger = false;
  for (const found of hrefs) {
    const href = found ?? '';
    if (/^mailto:/i.test(href)) {
      const addr = decodeSafe(href.slice(7).split('?')[0] ?? '').trim().toLowerCase();
      if (addr.length <= 200 && /^[^@\s]{1,64}@[^@\s]{1,190}\.[a-z]{2,24}$/.test(addr) && !FREE_OF_EMAIL.test(addr)) emails.add(addr);
    } else if (/^https?:\/\/(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)\//i.test(href)) {
      messenger = true;
    }
  }
  // Addresses written as text, in the footer and contact blocks only (bounded).
  // Footers nest (footer > .footer-contact): an element inside one already
  // searched holds no address its text did not show. The index lists them in
  // document order, so the last searched one is the only possible ancestor.
  let searched: Element | undefined;
  for (const el of index.footers.slice(0, 50)) {
    if (searched?.contains(el)) continue;
    // Each text node apart: an address ends where its element does.
    const t = spacedText(el, MAX_CONTACT_TEXT);
    if (t.length > MAX_CONTACT_TEXT) continue;
    searched = el;
    for (const addr of emailsIn(t)) {
      if (!FREE_OF_EMAIL.test(addr)) emails.add(addr);
      if (emails.size >= 10) break;
    }
  }
  return {
    ...(emails.size ? { contactEmails: [...emails].slice(0, 10) } : {}),
    ...(messenger ? { offPlatformContact: true } : {}),
  };
}

/**
 * The addresses in a text, lower-cased. The address pattern run over a whole
 * footer tries up to 64 letters at every position (4 ms on a real shop's
 * footer); run only around each "@", over the reach of one address, it finds
 * the same addresses.
 */
export function emailsIn(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at >= 0 && found.length < 50; at = text.indexOf('@', at + 1)) {
    const start = Math.max(0, at - 64);
    for (const m of text.slice(start, at + 216).matchAll(EMAIL)) {
      // Only the address around this "@": the window may cut an earlier one short.
      if (start + m.index + m[0].indexOf('@') !== at) continue;
      const addr = m[0].toLowerCase();
      if (addr.length <= 200 && !found.includes(addr)) found.push(addr);
    }
  }
  return found;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface ShopSignals {
  seller: { contactEmails?: string[] };
  returns: PageFactsInput['returns'];
  payment: PageFactsInput['payment'];
  shop: PageFactsInput['shop'];
}

/** Reads the shop signals; `productArea` is searched first for the returns statement. */
export function readShopSignals(ctx: PageContext, options: { platform?: 'shopify' | 'woocommerce' | 'magento'; productArea?: Element }): ShopSignals {
  const { doc } = ctx;
  // Footers nest (footer > .footer-links), and the payment reader reads both: each text once.
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let t = texts.get(el);
    if (t === undefined) {
      t = el.textContent ?? '';
      texts.set(el, t);
    }
    return t;
  };
  // Both the contact and the link reader read every link's href (thousands on a large shop): once.
  const hrefs = ctx.index.anchors.map((a) => a.getAttribute('href'));
  const contacts = readContacts(ctx.index, hrefs);
  const methods = readPaymentMethods(ctx.index, textOf);
  return {
    seller: contacts.contactEmails ? { contactEmails: contacts.contactEmails } : {},
    returns: readReturns(doc, options.productArea, ctx.bodyTexts),
    payment: methods ? { methods } : {},
    shop: {
      ...readLinks(ctx.index, hrefs, ctx.bodyTexts?.(40000) ?? collectTexts(doc.body, 40000)),
      ...(contacts.offPlatformContact ? { offPlatformContact: true } : {}),
      ...(options.platform ? { platform: options.platform } : {}),
    },
  };
}
