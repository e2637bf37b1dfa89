import { describe, expect, it } from 'vitest';
import { complaintChannels, selectRights, siteRegionOf } from '@/lib/rights/select';
import { resolveJurisdiction } from '@/lib/rights/codes';

const ids = (xs: { entry: { id: string } }[]) => xs.map((x) => x.entry.id);

describe('selectRights', () => {
  it('EU shopper on AliExpress, Chinese seller, paid by Visa: platform first, then law (may apply), then card', () => {
    const got = selectRights({ jurisdiction: 'DE', marketplace: 'aliexpress', sellerCountry: 'CN', paymentMethod: 'visa' });
    expect(ids(got)).toEqual([
      'aliexpress-buyer-protection',
      'visa-chargeback',
      'eu-crd-withdrawal',
      'eu-legal-guarantee',
    ]);
    expect(got[0]).toMatchObject({ relevance: 'applies', reasons: ['marketplace'] });
    expect(got[2]).toMatchObject({ relevance: 'may-apply', reasons: ['jurisdiction', 'seller-foreign'] });
    // A known brand excludes the other card schemes.
    expect(ids(got)).not.toContain('mastercard-chargeback');
  });

  it('shows every card scheme for a plain card payment, and payment routes as "may apply" when unknown', () => {
    const card = ids(selectRights({ jurisdiction: 'US', marketplace: 'amazon', paymentMethod: 'card', soldByPlatform: false }));
    expect(card).toEqual(expect.arrayContaining(['visa-chargeback', 'mastercard-chargeback', 'unionpay-chargeback', 'us-fcba-billing-error']));
    expect(card[0]).toBe('amazon-a-to-z-guarantee');
    const unknown = selectRights({ jurisdiction: 'US', marketplace: 'amazon', soldByPlatform: false });
    const paypal = unknown.find((x) => x.entry.id === 'paypal-buyer-protection');
    expect(paypal).toMatchObject({ relevance: 'may-apply', reasons: ['payment-unknown'] });
    expect(unknown.find((x) => x.entry.id === 'us-fcba-billing-error')?.relevance).toBe('may-apply');
    const viaPaypal = ids(selectRights({ jurisdiction: 'US', marketplace: 'amazon', paymentMethod: 'paypal' }));
    expect(viaPaypal).toContain('paypal-buyer-protection');
    expect(viaPaypal).not.toContain('visa-chargeback');
    expect(viaPaypal).not.toContain('us-fcba-billing-error');
  });

  it('drops A-to-z when Amazon itself sells, and marks it "may apply" when unknown', () => {
    expect(ids(selectRights({ marketplace: 'amazon', soldByPlatform: true }))).not.toContain('amazon-a-to-z-guarantee');
    expect(selectRights({ marketplace: 'amazon' }).find((x) => x.entry.id === 'amazon-a-to-z-guarantee')?.reasons).toContain('seller-type-unknown');
  });

  it('chooses the Shopee rules of the site country', () => {
    const platform = (xs: ReturnType<typeof selectRights>) => xs.filter((x) => x.entry.kind === 'platform');
    expect(ids(platform(selectRights({ marketplace: 'shopee', siteRegion: 'MY' })))).toEqual(['shopee-guarantee-my']);
    expect(ids(platform(selectRights({ marketplace: 'shopee', siteRegion: 'SG' })))).toEqual([]);
    const unknown = platform(selectRights({ marketplace: 'shopee', paymentMethod: 'cash_on_delivery' }));
    expect(unknown.map((x) => x.relevance)).toEqual(['may-apply', 'may-apply']);
  });

  it('applies CN cross-border import only to foreign sellers', () => {
    const foreign = ids(selectRights({ jurisdiction: 'CN', marketplace: 'tmall', sellerCountry: 'JP' }));
    expect(foreign).toContain('cn-cross-border-retail-import');
    expect(foreign[0]).toBe('tmall-global-cross-border-refunds');
    const domestic = selectRights({ jurisdiction: 'CN', marketplace: 'tmall', sellerCountry: 'CN' });
    expect(ids(domestic)).not.toContain('cn-cross-border-retail-import');
    expect(domestic.find((x) => x.entry.id === 'cn-crpl-art25-no-reason-return')?.relevance).toBe('applies');
    const unknown = selectRights({ jurisdiction: 'CN', marketplace: 'tmall' });
    expect(unknown.find((x) => x.entry.id === 'cn-cross-border-retail-import')?.reasons).toContain('seller-unknown');
  });

  it('orders informative entries after ones with a period, and unverified after verified', () => {
    const got = ids(selectRights({ jurisdiction: 'CN', sellerCountry: 'CN', paymentMethod: 'alipay', marketplace: 'jd' }));
    expect(got.indexOf('cn-crpl-art25-no-reason-return')).toBeLessThan(got.indexOf('cn-crpl-art44-platform-liability'));
    expect(got.indexOf('cn-crpl-art24-quality-return')).toBeLessThan(got.indexOf('cn-crpl-art55-fraud-compensation'));
    expect(got).toContain('alipay-payment-protection');
    expect(got.indexOf('jd-worldwide-returns')).toBeGreaterThan(got.indexOf('cn-crpl-art25-no-reason-return'));
  });

  it('marks provincial rules as "may apply" and returns nothing statutory without a jurisdiction', () => {
    const ca = selectRights({ jurisdiction: 'CA', paymentMethod: 'cash_on_delivery' });
    expect(ids(ca)).toEqual(['ca-bc-distance-contract-cancel', 'ca-on-internet-agreement-cancel']);
    expect(ca.every((x) => x.relevance === 'may-apply' && x.reasons.includes('subnational'))).toBe(true);
    expect(selectRights({ marketplace: 'temu' }).every((x) => x.entry.kind !== 'statutory')).toBe(true);
    expect(ids(selectRights({ jurisdiction: 'XX', marketplace: 'temu', paymentMethod: 'cash_on_delivery' }))).toEqual(['temu-returns-purchase-protection']);
  });
});

describe('complaintChannels', () => {
  it('drops ECC-Net for a seller outside the EU/IS/NO or in the shopper\'s own state', () => {
    const chinaSeller = { jurisdiction: 'FR', sellerCountry: 'CN' };
    expect(complaintChannels(selectRights(chinaSeller), chinaSeller).map((c) => c.id)).toEqual(['econsumer-gov']);
    const germanSeller = { jurisdiction: 'FR', sellerCountry: 'DE' };
    expect(complaintChannels(selectRights(germanSeller), germanSeller).map((c) => c.id)).toEqual(['ecc-net', 'econsumer-gov']);
    const sameState = { jurisdiction: 'FR', sellerCountry: 'FR' };
    expect(complaintChannels(selectRights(sameState), sameState).map((c) => c.id)).toEqual(['econsumer-gov']);
    const norway = { jurisdiction: 'EU', sellerCountry: 'NO' };
    expect(complaintChannels(selectRights(norway), norway).map((c) => c.id)).toContain('ecc-net');
  });

  it('lists national channels once', () => {
    const input = { jurisdiction: 'CN', sellerCountry: 'CN' };
    expect(complaintChannels(selectRights(input), input).map((c) => c.id)).toEqual(['cn-12315']);
  });
});

describe('codes', () => {
  it('resolves member states, UK and unknown codes', () => {
    expect(resolveJurisdiction('de')).toEqual({ jurisdiction: 'EU', memberState: 'DE' });
    expect(resolveJurisdiction('UK')).toEqual({ jurisdiction: 'GB' });
    expect(resolveJurisdiction('cn')).toEqual({ jurisdiction: 'CN' });
    expect(resolveJurisdiction('ZZ')).toBeUndefined();
    expect(resolveJurisdiction(undefined)).toBeUndefined();
  });

  it('reads the site country from a hostname', () => {
    expect(siteRegionOf('shopee.com.my')).toBe('MY');
    expect(siteRegionOf('www.amazon.co.uk')).toBe('GB');
    expect(siteRegionOf('www.temu.com')).toBeUndefined();
    expect(siteRegionOf(undefined)).toBeUndefined();
  });
});
