import type { FindingSource } from '@/lib/facts/verdict';

/**
 * The published guidance each rule implements. Every title and URL here is
 * taken from the project's research briefs (`peers-and-signals.md` §6 and
 * `rights-facts.md` §2); keep it that way: a source the shopper cannot check
 * is worse than none.
 */
const g = (title: string, url?: string, date?: string): FindingSource => ({
  kind: 'guidance', title, ...(url ? { url } : {}), ...(date ? { date } : {}),
});

/** Sources whose rule reads the user's own observations (kind 'history'). */
const h = (title: string, url?: string, date?: string): FindingSource => ({
  kind: 'history', title, ...(url ? { url } : {}), ...(date ? { date } : {}),
});

export const SOURCES = {
  trendMicroChecklist: g('Trend Micro: red flags of scam shopping sites (payment only by transfer, crypto, gift card; domain country vs claimed base)', 'https://scamadviser.com/articles/top-halloween-scam-websites-red-flags-tips-to-stay-safe-2022', '2022'),
  scamwatch: g('National Anti-Scam Centre (Scamwatch): unusual payment methods, no T&Cs or privacy policy, only positive reviews', 'https://lifestylewealthpartners.com.au/online-shopping-scams'),
  watchlistPrepayment: g('Watchlist Internet / Konsumentenfragen: fake shops that take only prepayment', 'https://www.konsumentenfragen.at/konsumentenfragen/Aktuelles/Konsumentenfragen/Vorsicht_vor_gefaelschten_Internetverkaufsportalen.html'),
  aliexpressOffPlatform: g('AliExpress fraud advice: never pay or talk outside the platform', 'http://onicom.sk/ENhow-to-avoid-fraudsters.php'),
  ftcTooGood: g('FTC (quoted): prices far below market are a scam sign', 'https://srt.com/customeralert1124'),
  acccLookAlike: g('ACCC Deputy Chair: look-alike web addresses and too-good prices', 'https://www.mamamag.com.au/2021/05/27/how-to-spot-a-scam-website/', '2021-05-27'),
  cpcTemu: g('EU CPC network action on Temu: false discounts, deceptive labels, hidden contact details', 'http://portal-cec.consumo.gob.es/en/comunicacion/noticias/2024/european-authorities-require-temu-comply-consumer-rights', '2024'),
  m0n3yFakeStore: g('Fake online store scams: tracking that never updates, shipping past the chargeback window, free-mail contact', 'https://m0n3y.com/library/fake-online-store-scam'),
  evzFakeShops: g('European Consumer Centre Germany: identifying fake shops (imprint, address, contact)', 'https://www.evz.de/en/shopping-internet/online-shopping/identifying-fake-shops-on-the-internet.html'),
  foxyFakeShop: g('How to recognize a fake shop: imprint, free-mail contact only', 'https://www.foxy.wiki/english/tips/How-to-Recognize-a-fake-shop'),
  ftcShipping: g('FTC: confirm the seller\'s physical address and phone; HTTPS alone is not proof', 'https://consumer.ftc.gov/consumer-alerts/2020/12/hawking-winter-wonderland', '2020-12'),
  nortonPrivacy: g('Norton Safe Web e-commerce safety: privacy-policy presence', 'https://safeweb.norton.com/help/ecommerce_safety'),
  euWithdrawal: g('Your Europe: 14 days to cancel an online purchase', 'https://europa.eu/euandme/passion/consumer-rights_en'),
  fbiTld: g('FBI alert (summarised): unusual domain endings such as .club and .top', 'https://blog-microagecan.microage.ca/how-to-avoid-being-scammed-while-shopping-online/'),
  trendAtDomains: g('trend.at: how fake shops are built (odd endings such as .de.com, brand look-alikes)', 'https://www.trend.at/branchen/digital/fake-shops-so-sie-betrueger-netz-10889367'),
  itsTriangleLookAlike: g('Fake retail sites: look-alike brand domains', 'https://itstriangle.com/news/137-stay-alert-watch-out-for-fake-retail-sites'),
  aliexpressFeedback: g('AliExpress seller verification guide: positive feedback under 90 %, store under one year old', 'https://alibestfinds.com/aliexpress-seller-verification-guide'),
  temuWindow: g('Temu return and refund policy: 90 days after the day of purchase', 'https://temu.com/return-and-refund-policy.html', '2022-11-02'),
  chargebackWindow: g('Adyen chargeback guidelines: first chargeback within 120 days of the transaction', 'https://docs.adyen.com/developers/risk-management/dispute-management/chargeback-guidelines'),
  // History-based rules: the user's own observations, judged by published guidance.
  omnibus: h('EU Omnibus rule (Price Indication Directive art. 6a), checked against prices you saw', 'https://www.natlawreview.com/article/ensure-your-discount-communications-are-compliant-you-hop-sales-season-omnibus'),
  listingSwap: h('AliExpress scams: listings changed under the same URL while keeping old reviews; rating boost then pivot', 'https://utilitylifeadvice.com/14399173-how-they-cheat-on-aliexpress-and-what-to-do-about-it'),
  boughtAccounts: h('AliExpress scams: bought or "retired" seller accounts reused by others', 'https://customercarecontacts.com/beware-of-these-six-aliexpress-scams'),
  feedbackHistory: h('AliExpress seller verification guide: positive-feedback bands, compared with what you saw before', 'https://alibestfinds.com/aliexpress-seller-verification-guide'),
  reviewHistory: h('ReviewMeta: deleted reviews and rating changes as review-quality signals', 'https://reviewmeta.com/blog/reviewmeta-adjusted-rating'),
} as const satisfies Record<string, FindingSource>;
