import { MARKETPLACE_DOMAINS } from '@/lib/sites/hosts';

/**
 * Domains no list may flag (with their subdomains). A wrong entry on a
 * community list must never tell a shopper that their bank, their parcel
 * service or a real marketplace is a fake shop. The user's own allowlist
 * (table `listAllow`) adds to this.
 *
 * Only registrable domains belong here: an entry like `myshopify.com` would
 * be pointless, since a bare public suffix is never looked up.
 */
export const SHIPPED_ALLOWLIST: readonly string[] = [
  // Supported marketplaces (one source: lib/sites/hosts.ts).
  ...MARKETPLACE_DOMAINS,
  // Marketplaces and shop platforms we do not read yet.
  'mercari.com', 'zalando.com', 'zalando.de', 'otto.de', 'bol.com', 'allegro.pl', 'cdiscount.com', 'rakuten.fr',
  'flipkart.com', 'target.com', 'bestbuy.com', 'ikea.com', 'dhgate.com', 'banggood.com', 'joom.com', 'gshopper.com',
  'shopify.com', 'wix.com', 'squarespace.com', 'bigcommerce.com', 'woocommerce.com',
  // Payment.
  'paypal.com', 'paypal.me', 'stripe.com', 'klarna.com', 'adyen.com', 'wise.com', 'revolut.com', 'alipay.com',
  'wechat.com', 'payoneer.com', 'visa.com', 'mastercard.com', 'americanexpress.com', 'apple.com', 'google.com',
  // Parcel services and tracking.
  'dhl.com', 'dhl.de', 'ups.com', 'fedex.com', 'usps.com', 'royalmail.com', 'dpd.com', 'gls-group.eu', 'hermesworld.com',
  'postnl.nl', 'laposte.fr', 'correos.es', 'poste.it', 'cainiao.com', '17track.net', 'parcelsapp.com', 'yunexpress.com',
  // Consumer help and review sites people check before buying.
  'trustpilot.com', 'ec.europa.eu', 'europa.eu', 'ftc.gov', 'reportfraud.ftc.gov', 'watchlist-internet.at', 'verbraucherzentrale.de',
  // Big platforms whose user content sits on the main domain.
  'facebook.com', 'instagram.com', 'youtube.com', 'wikipedia.org', 'github.com', 'microsoft.com', 'amazonaws.com',
];
