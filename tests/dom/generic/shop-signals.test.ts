// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailsIn } from '@/lib/sites/generic/shop-signals';
import { fixture, ld, page, product } from './load';

const productHead = ld({ '@type': 'Product', name: 'Sample item name', offers: { '@type': 'Offer', price: '20.00', priceCurrency: 'EUR' } });
const filler = Array.from({ length: 16 }, (_, i) => `<a href="/c/${i}">Category ${i}</a>`).join(' ');

function shop(footer: string, body = '', lang = 'en'): string {
  return page(`<h1>Sample item name</h1>${body}<nav class="site-nav">${filler}</nav><footer>${footer}</footer>`, { head: productHead, lang });
}

describe('generic adapter: shop signals', () => {
  it('reads policy links, payment methods, returns, e-mails and messengers from a French page', () => {
    const f = product(fixture('dom-only-fr.html'), 'https://www.atelier-fonte.example.fr/cocotte-24');
    expect(f.shop).toMatchObject({ hasImprint: true, hasPrivacyPage: true, hasContactPage: true, hasReturnsPage: true, offPlatformContact: true });
    expect(f.payment.methods).toEqual(expect.arrayContaining(['card', 'paypal', 'bank_transfer']));
    expect(f.returns).toMatchObject({ windowDays: 30, free: true });
    expect(f.seller.contactEmails).toEqual(['service@atelier-fonte.example.fr']);
  });

  it('reports missing imprint, privacy and contact pages as false on a page with many links', () => {
    const f = product(shop('<a href="/about">About</a>'), 'https://shop.example.eu/p/1');
    expect(f.shop).toMatchObject({ hasImprint: false, hasPrivacyPage: false, hasContactPage: false, hasReturnsPage: false });
  });

  it('counts a policy link by its short text, title or path, not a long banner that mentions the word', () => {
    const banner = '<a href="/news/updates"><strong>Click here for our latest updates on our stores, website and contact centre. Thank you for your patience.</strong></a>';
    expect(product(shop(banner), 'https://shop.example.eu/p/1').shop.hasContactPage).toBe(false);
    expect(product(shop('<a href="/pages/help">Contact us</a>'), 'https://shop.example.eu/p/1').shop.hasContactPage).toBe(true);
    expect(product(shop('<a href="/pages/7" title="Privacy policy">Legal</a>'), 'https://shop.example.eu/p/1').shop.hasPrivacyPage).toBe(true);
    expect(product(shop('<a href="/policies/refund-policy?ref=footer">Help</a>'), 'https://shop.example.eu/p/1').shop.hasReturnsPage).toBe(true);
    expect(product(shop('<a href="javascript:contact()">Help</a>'), 'https://shop.example.eu/p/1').shop.hasContactPage).toBe(false);
    expect(product(shop('<a href="JavaScript:openContact()">Help</a> <a href="DATA:text/html,privacy">Help</a>'), 'https://shop.example.eu/p/1').shop)
      .toMatchObject({ hasPrivacyPage: false, hasContactPage: false });
    // Words in the query or the fragment name no page: only the path counts.
    expect(product(shop('<a href="/p/1?from=contact#privacy">Help</a> <a href="https://shop.example.eu/cart?return=1">Cart</a>'), 'https://shop.example.eu/p/1').shop)
      .toMatchObject({ hasPrivacyPage: false, hasContactPage: false, hasReturnsPage: false });
    // A title or text on a link that leads to no page (a script, no address) names no page the shop has.
    expect(product(shop('<a href="javascript:void(0)" title="Privacy policy">Legal</a> <a title="Contact us">Help</a> <a href="data:text/plain,x">Contact</a>'), 'https://shop.example.eu/p/1').shop)
      .toMatchObject({ hasPrivacyPage: false, hasContactPage: false });
  });

  it('reads a link name written over several elements', () => {
    const f = product(shop('<a href="/p/12">Customer <span>Service</span></a> <a href="/p/13"><b>Legal</b>\n<i>notice</i></a> <a href="/p/14"><span><em>Datenschutz</em></span></a>'), 'https://shop.example.eu/p/1');
    expect(f.shop).toMatchObject({ hasContactPage: true, hasImprint: true, hasPrivacyPage: true, hasReturnsPage: false });
  });

  it('after a path names some page types, still finds the others by text and title, and only those', () => {
    // Returns by its path; the imprint only by a name over two elements; privacy only by a title; no contact page.
    // A link text that names a type already found ("Returns") must not stop the search for the others.
    const footer = '<a href="/policies/returns">Our promise</a> <a href="/info/7">Returns</a> <a href="/info/8"><b>Legal</b> <i>notice</i></a> <a href="/info/9" title="Privacy policy">Data</a>';
    expect(product(shop(footer), 'https://shop.example.eu/p/1').shop).toMatchObject({ hasReturnsPage: true, hasImprint: true, hasPrivacyPage: true, hasContactPage: false });
  });

  it('finds policy pages in a site menu of many links by their paths and titles, not by the menu\'s texts', () => {
    const categories = Array.from({ length: 120 }, (_, i) => `<li><a href="/c/${i}">Category ${i}</a></li>`).join('');
    const menu = (extra: string) => page(`<nav class="mega-menu"><ul>${categories}${extra}</ul></nav><h1>Sample item name</h1><footer><a href="/about">About</a></footer>`, { head: productHead });
    const f = product(menu('<li><a href="/policies/refund-policy">Help</a></li><li><a href="/p/7" title="Privacy policy">Legal</a></li>'), 'https://shop.example.eu/p/1');
    expect(f.shop).toMatchObject({ hasReturnsPage: true, hasPrivacyPage: true, hasContactPage: false });
    expect(f.product.price).toEqual({ amount: '20', currency: 'EUR' });
    // A menu of a hundred category links is stepped over: a link there named only by its text is not read.
    expect(product(menu('<li><a href="/p/8">Contact us</a></li>'), 'https://shop.example.eu/p/1').shop.hasContactPage).toBe(false);
  });

  it('reads an address in a footer list apart from the phone and hours beside it', () => {
    const footer = '<ul><li>(48) 3333-2109</li><li>sac@trilha.example.com.br</li><li>Seg. a sex. das 9h às 18h</li></ul>';
    expect(product(shop(footer), 'https://shop.example.eu/p/1').seller.contactEmails).toEqual(['sac@trilha.example.com.br']);
  });

  it('leaves link signals unknown on a page with too few links to tell', () => {
    const html = page('<h1>Sample item name</h1><a href="/">Home</a>', { head: productHead });
    expect(product(html, 'https://shop.example.eu/p/1').shop.hasImprint).toBeUndefined();
  });

  it.each([
    ['30-day returns', 'en', 30],
    ['Rückgabe innerhalb von 30 Tagen', 'de', 30],
    ['14 Tage Widerrufsrecht', 'de', 14],
    ['30 Tage Rückgabe', 'de', 30],
    ['Devolución gratuita en 60 días', 'es', 60],
    ['Reso gratuito entro 14 giorni', 'it', 14],
    ['30 天退货保障', 'zh', 30],
    ['返品は8日以内にご連絡ください', 'ja', 8],
    ['Zwrot do 30 dni', 'pl', 30],
    ['Free returns within 2 weeks', 'en', 14],
  ])('reads the return window in "%s"', (text, lang, days) => {
    const f = product(shop('', `<p class="returns">${text}</p>`, lang), 'https://shop.example.eu/p/1');
    expect(f.returns.windowDays).toBe(days);
    expect(f.returns.text).toContain(text.slice(0, 6));
  });

  it('does not take a delivery time for a return window', () => {
    const f = product(shop('', '<p class="returns">Free returns. Delivery to your door within 3-5 days of dispatch from our warehouse.</p>'), 'https://shop.example.eu/p/1');
    expect(f.returns).toMatchObject({ free: true });
    expect(f.returns.windowDays).toBeUndefined();
  });

  it('reads "no returns" as a window of zero days', () => {
    expect(product(shop('', '<p>All sales are final – no returns.</p>'), 'https://shop.example.eu/p/1').returns.windowDays).toBe(0);
  });

  it.each([
    ['<img src="/pay/western-union.png" alt="">', 'western_union'],
    ['<div class="payment-info">We accept Bitcoin and USDT</div>', 'crypto'],
    ['<div class="payment">Payment by Steam gift cards only</div>', 'gift_card'],
    ['<div class="zahlungsarten">Zahlungsarten: Vorkasse per Überweisung</div>', 'bank_transfer'],
    ['<img alt="Klarna" src="/k.svg">', 'klarna'],
    ['<svg class="icon"><title>Apple Pay</title></svg>', 'applepay'],
    ['<svg class="icon icon--mastercard" viewBox="0 0 38 24"><path d="M0 0"></path></svg>', 'card'],
    ['<svg aria-label="Google Pay" role="img"></svg>', 'googlepay'],
    ['<i class="icon-paypal"></i>', 'paypal'],
    ['<span class="icon-x" title="Alipay"></span>', 'alipay'],
    ['<div class="payment-methods">Pago contra reembolso</div>', 'cash_on_delivery'],
  ])('detects the payment method in %s', (markup, method) => {
    expect(product(shop(markup), 'https://shop.example.eu/p/1').payment.methods).toContain(method);
  });

  it('reads the title of an svg logo wherever it sits inside the drawing, and only an svg holding one', () => {
    const icons = Array.from({ length: 30 }, () => '<svg class="icon"><use href="#i"></use></svg>').join('');
    const logos = '<svg class="logo"><g><title>Visa</title></g></svg><svg class="logos"><svg><title>PayPal</title></svg></svg>';
    expect(product(shop(`${icons}${logos}`), 'https://shop.example.eu/p/1').payment.methods).toEqual(['paypal', 'card']);
    expect(product(shop(icons), 'https://shop.example.eu/p/1').payment.methods).toBeUndefined();
  });

  it('still reads the title of an svg logo when the page has more titles than the index lists', () => {
    const titles = Array.from({ length: 4000 }, (_, i) => `<title>t${i}</title>`).join('');
    const f = product(shop(`<div>${titles}</div><svg class="logo"><title>Klarna</title></svg>`), 'https://shop.example.eu/p/1');
    expect(f.payment.methods).toEqual(['klarna']);
  });

  it('reads a logo by its file name, never by the bytes of an inline image', () => {
    const inline = `data:image/png;base64,${'QUJD'.repeat(2000)}/paypal/klarna`;
    const f = product(shop(`<img src="${inline}" alt=""><img data-src="/cdn/logos/visa.svg?v=3#x" alt="">`), 'https://shop.example.eu/p/1');
    expect(f.payment.methods).toEqual(['card']);
  });

  it('does not read payment words outside a payment context', () => {
    const f = product(shop('<p>Our blog: why the bitcoin craze ended</p>'), 'https://shop.example.eu/p/1');
    expect(f.payment.methods ?? []).not.toContain('crypto');
  });

  it('collects contact e-mails from mailto links and footer text, skipping image names', () => {
    const f = product(shop('<a href="mailto:Help@Example-Shop.eu?subject=Hi">Mail</a> <p>shop.owner@gmail.com logo@2x.png</p>'), 'https://shop.example.eu/p/1');
    expect(f.seller.contactEmails).toEqual(expect.arrayContaining(['help@example-shop.eu', 'shop.owner@gmail.com']));
    expect(f.seller.contactEmails).not.toContain('logo@2x.png');
  });

  it('finds around each "@" the addresses a scan of the whole text finds', () => {
    const whole = (t: string) => [...new Set((t.match(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g) ?? []).map((m) => m.toLowerCase()))];
    const texts = [
      'Write to Sales@Shop.example.com or support@shop.example.com, or call.',
      `${'x'.repeat(70)}@long.example.org and a@b.com.x@y.com`,
      `${'word '.repeat(2000)}end@tail.example.net ${'y'.repeat(300)}@nowhere`,
      'averyveryveryveryveryveryveryveryveryveryverylongname@a.example.de short@b.example.de',
      '@@@ a@ @b.com no address here',
    ];
    for (const t of texts) expect(emailsIn(t)).toEqual(whole(t));
    expect(emailsIn(texts[1]!)).toContain(`${'x'.repeat(64)}@long.example.org`);
  });
});
