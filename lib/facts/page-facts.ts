import { z } from 'zod';

/**
 * PageFacts: what an adapter read on a page. The shared language between
 * content script and background. Unknown is `undefined`, never a guess.
 * Bounds on every string keep a hostile page from sending megabytes.
 */

const text = (max = 500) => z.string().max(max);

export const MARKETPLACES = [
  'aliexpress', 'amazon', 'ebay', 'temu', 'shein', 'etsy', 'walmart', 'shopee', 'lazada',
  'mercadolibre', 'rakuten', 'taobao', 'tmall', 'jd', 'alibaba', 'wish', 'shop',
] as const;
export const marketplaceSchema = z.enum(MARKETPLACES);
export type Marketplace = z.infer<typeof marketplaceSchema>;

export const PAGE_KINDS = ['product', 'search', 'store', 'checkout', 'order', 'other'] as const;
export const pageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof pageKindSchema>;

/** Decimal string with `.` separator and no grouping, e.g. "1299.00". */
export const decimalSchema = z.string().regex(/^\d{1,12}(\.\d{1,6})?$/);

export const moneySchema = z.object({
  amount: decimalSchema,
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type Money = z.infer<typeof moneySchema>;

/** An http(s) URL: anything else from a page (javascript:, data:) is refused. */
export const webUrlSchema = z.string().max(4000).url().refine((u) => /^https?:\/\//i.test(u), 'http(s) only');

/** ISO 3166-1 alpha-2. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/);

export const availabilitySchema = z.enum(['InStock', 'OutOfStock', 'PreOrder', 'LimitedAvailability']);
export type Availability = z.infer<typeof availabilitySchema>;

export const productSchema = z.object({
  title: text(1000).optional(),
  price: moneySchema.optional(),
  listPrice: moneySchema.optional(),
  availability: availabilitySchema.optional(),
  sku: text(200).optional(),
  gtin: text(40).optional(),
  brand: text(200).optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().min(0).optional(),
  images: z.array(webUrlSchema).max(20).optional(),
  category: text(300).optional(),
});

export const sellerSchema = z.object({
  name: text(300).optional(),
  id: text(200).optional(),
  url: webUrlSchema.optional(),
  soldByPlatform: z.boolean().optional(),
  feedbackPercent: z.number().min(0).max(100).optional(),
  feedbackCount: z.number().int().min(0).optional(),
  /** ISO date (yyyy-mm-dd) the store says it opened. */
  openedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Store age in years as the page states it ("3 years"). */
  years: z.number().min(0).max(100).optional(),
  followers: z.number().int().min(0).optional(),
  location: countrySchema.optional(),
  contactEmails: z.array(text(200)).max(10).optional(),
});

export const shippingSchema = z.object({
  from: countrySchema.optional(),
  daysMin: z.number().int().min(0).max(365).optional(),
  daysMax: z.number().int().min(0).max(365).optional(),
  tracked: z.boolean().optional(),
});

export const returnsSchema = z.object({
  text: text(1000).optional(),
  windowDays: z.number().int().min(0).max(3650).optional(),
  free: z.boolean().optional(),
});

export const PAYMENT_METHODS = [
  'card', 'paypal', 'alipay', 'wechatpay', 'applepay', 'googlepay', 'klarna', 'bank_transfer',
  'crypto', 'gift_card', 'western_union', 'cash_on_delivery', 'platform',
] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

/** Independent-shop signals read from the page (imprint, policies, contact). */
export const shopSchema = z.object({
  hasImprint: z.boolean().optional(),
  hasReturnsPage: z.boolean().optional(),
  hasPrivacyPage: z.boolean().optional(),
  hasContactPage: z.boolean().optional(),
  offPlatformContact: z.boolean().optional(),
  platform: z.enum(['shopify', 'woocommerce', 'magento', 'other']).optional(),
});

export const claimsSchema = z.object({
  officialStore: z.boolean().optional(),
  discountPercent: z.number().min(0).max(100).optional(),
  certifications: z.array(text(100)).max(20).optional(),
  topRated: z.boolean().optional(),
});

export const searchResultSchema = z.object({
  title: text(500).optional(),
  url: webUrlSchema.optional(),
  price: moneySchema.optional(),
  sellerName: text(300).optional(),
  sellerId: text(200).optional(),
});

export const pageFactsSchema = z.object({
  marketplace: marketplaceSchema,
  pageKind: pageKindSchema,
  url: webUrlSchema,
  product: productSchema.default({}),
  seller: sellerSchema.default({}),
  shipping: shippingSchema.default({}),
  returns: returnsSchema.default({}),
  payment: z.object({ methods: z.array(paymentMethodSchema).max(PAYMENT_METHODS.length).optional() }).default({}),
  claims: claimsSchema.default({}),
  shop: shopSchema.default({}),
  results: z.array(searchResultSchema).max(200).optional(),
  extraction: z.object({
    adapter: text(40),
    version: z.number().int().min(1),
    missing: z.array(text(40)).max(60),
  }),
});

export type PageFacts = z.infer<typeof pageFactsSchema>;
/** What adapters build; defaults are filled by the schema at the boundary. */
export type PageFactsInput = z.input<typeof pageFactsSchema>;
