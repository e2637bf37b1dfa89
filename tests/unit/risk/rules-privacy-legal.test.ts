import { describe, expect, it } from 'vitest';
import { noPrivacyPage } from '@/lib/risk/rules/no-privacy-page';
import { insecureConnection } from '@/lib/risk/rules/insecure-connection';
import { missingImprint } from '@/lib/risk/rules/missing-imprint';
import { noContactDetails } from '@/lib/risk/rules/no-contact-details';
import { freeMailContact } from '@/lib/risk/rules/free-mail-contact';
import { typosquatDomain, lookAlikeOf } from '@/lib/risk/rules/typosquat-domain';
import { makeFacts } from '../../fixtures/facts';
import { ctx, run, shopFacts } from './support';

describe('no-privacy-page', () => {
  it('informs on an independent shop that has none, and is a caution with another page missing', () => {
    expect(run(noPrivacyPage, shopFacts({ shop: { hasPrivacyPage: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ category: 'privacy', severity: 'info', params: ['x.com'] }]);
    expect(run(noPrivacyPage, shopFacts({ shop: { hasPrivacyPage: false, hasContactPage: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution' }]);
  });
  it('does not fire when present, unknown, on a marketplace or off shop pages', () => {
    expect(run(noPrivacyPage, shopFacts(), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noPrivacyPage, shopFacts({ shop: {} }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noPrivacyPage, makeFacts({ shop: { hasPrivacyPage: false } }))).toEqual([]);
    expect(run(noPrivacyPage, shopFacts({ pageKind: 'search', shop: { hasPrivacyPage: false } }), ctx({ domain: 'x.com' }))).toEqual([]);
  });
});

describe('insecure-connection', () => {
  it('is a caution on an http product page and a warning on an http checkout', () => {
    expect(run(insecureConnection, shopFacts({ url: 'http://x.com/p/1' }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution' }]);
    expect(run(insecureConnection, shopFacts({ url: 'http://x.com/checkout', pageKind: 'checkout' }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'warning' }]);
  });
  it('does not fire over HTTPS or on search pages', () => {
    expect(run(insecureConnection, shopFacts(), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(insecureConnection, shopFacts({ url: 'http://x.com/search', pageKind: 'search' }), ctx({ domain: 'x.com' }))).toEqual([]);
  });
});

describe('missing-imprint', () => {
  it('fires on a .de or .at shop without an imprint', () => {
    expect(run(missingImprint, shopFacts({ shop: { hasImprint: false } }), ctx({ domain: 'schuhe-billig.de' }))).toMatchObject([{ category: 'legal', params: ['schuhe-billig.de', 'DE'] }]);
    expect(run(missingImprint, shopFacts({ shop: { hasImprint: false }, seller: { location: 'AT' } }), ctx({ domain: 'x.com' }))).toMatchObject([{ params: ['x.com', 'AT'] }]);
  });
  it('does not fire where no imprint is required, when present, or when unknown', () => {
    expect(run(missingImprint, shopFacts({ shop: { hasImprint: false } }), ctx({ domain: 'shop.co.uk' }))).toEqual([]);
    expect(run(missingImprint, shopFacts({ shop: { hasImprint: true } }), ctx({ domain: 'shop.de' }))).toEqual([]);
    expect(run(missingImprint, shopFacts({ shop: {} }), ctx({ domain: 'shop.de' }))).toEqual([]);
  });
});

describe('no-contact-details', () => {
  it('fires when there is no contact page, imprint or e-mail: information alone, a caution with more missing', () => {
    expect(run(noContactDetails, shopFacts({ shop: { hasContactPage: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'info', params: ['x.com'] }]);
    expect(run(noContactDetails, shopFacts({ shop: { hasContactPage: false, hasReturnsPage: false, hasPrivacyPage: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution' }]);
  });
  it('does not fire with an imprint, an e-mail, or a contact page', () => {
    expect(run(noContactDetails, shopFacts({ shop: { hasContactPage: false, hasImprint: true } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noContactDetails, shopFacts({ shop: { hasContactPage: false }, seller: { contactEmails: ['info@x.com'] } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noContactDetails, shopFacts(), ctx({ domain: 'x.com' }))).toEqual([]);
  });
});

describe('free-mail-contact', () => {
  it('fires when every contact address is free-mail', () => {
    expect(run(freeMailContact, shopFacts({ seller: { contactEmails: ['Shop.Help@Gmail.com ', 'orders@qq.com'] } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution', params: ['Shop.Help@Gmail.com'] }]);
  });
  it('does not fire with one address on an own domain, or with no valid address', () => {
    expect(run(freeMailContact, shopFacts({ seller: { contactEmails: ['x@gmail.com', 'service@x.com'] } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(freeMailContact, shopFacts({ seller: { contactEmails: ['not an address'] } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(freeMailContact, shopFacts({ seller: {} }), ctx({ domain: 'x.com' }))).toEqual([]);
  });
});

describe('typosquat-domain', () => {
  it.each([
    ['adidsa.com', 'adidas', 'typo', 'warning'],
    ['samsvng.shop', 'samsung', 'typo', 'warning'],
    ['app1e.com', 'apple', 'homograph', 'warning'],
    ['xn--pple-43d.com', 'apple', 'homograph', 'warning'], // Cyrillic "а"
    ['arnazon.de', 'amazon', 'homograph', 'warning'],
    ['nike-outlet-sale.com', 'nike', 'brand-plus-sale', 'caution'],
    ['adidasoutletstore.com', 'adidas', 'brand-plus-sale', 'caution'],
    ['cheap-lego-uk.com', 'lego', 'brand-plus-sale', 'caution'],
    ['nike.myshopify.com', 'nike', 'brand-on-platform', 'caution'],
  ])('%s imitates %s (%s)', (domain, brand, how, severity) => {
    expect(lookAlikeOf(domain)).toEqual({ brand, how, severity });
    expect(run(typosquatDomain, shopFacts(), ctx({ domain }))).toMatchObject([{ severity, params: [domain, brand], evidence: { lookAlikeOf: brand } }]);
  });
  it.each(['nike.com', 'nike.de', 'ray-ban.com', 'adidas.co.uk', 'apply.com', 'phillips.com', 'argos.co.uk', 'zalando.ie', 'ikea.com', 'johnlewis.com', 'legoland.com', 'nikestore.com', 'otto.de', 'mediamarkt.pt', 'pumpkin-shop.com'])(
    '%s is not a look-alike',
    (domain) => {
      expect(lookAlikeOf(domain)).toBeUndefined();
      expect(run(typosquatDomain, shopFacts(), ctx({ domain }))).toEqual([]);
    },
  );
  it('does not judge marketplace domains', () => {
    expect(run(typosquatDomain, makeFacts(), ctx({ domain: 'aliexpress.com' }))).toEqual([]);
  });
});
