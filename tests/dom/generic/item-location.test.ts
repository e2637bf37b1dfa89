// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ld, page, product } from './load';

/** Item location and ship-from rows: classifieds print "Posted in", shops "Ships from". */
const head = ld({ '@type': 'Product', name: 'Used phone 64 GB', offers: { '@type': 'Offer', price: '21000', priceCurrency: 'PKR' } });

function listing(row: string, lang = 'en'): string {
  return page(`<main><h1>Used phone 64 GB</h1><div class="details">${row}</div><button>Chat with seller</button></main>`, { head, lang });
}

describe('generic adapter: item location', () => {
  it.each([
    ['<h3>Posted in</h3><div><span>Lahore, Punjab, Pakistan</span></div>', 'en', 'PK'],
    ['<p>Ships from: Shenzhen, China</p>', 'en', 'CN'],
    ['<dl><dt>Item location</dt><dd>Austin, Texas, United States</dd></dl>', 'en', 'US'],
    ['<p>Versand aus: Deutschland</p>', 'de', 'DE'],
    ['<p>发货地：中国</p>', 'zh', 'CN'],
  ])('reads the country of %s', (row, lang, country) => {
    expect(product(listing(row, lang), 'https://classifieds.example/item/1').shipping.from).toBe(country);
  });

  it('leaves ship-from unknown when the location names no country', () => {
    expect(product(listing('<h3>Posted in</h3><div><span>Sialkot, Punjab</span></div>'), 'https://classifieds.example/item/1').shipping.from).toBeUndefined();
    expect(product(listing('<p>Ships from: our own warehouse</p>'), 'https://shop.example/item/1').shipping.from).toBeUndefined();
  });

  it('ignores locations in carousels of other items', () => {
    const html = page(`<main><h1>Used phone 64 GB</h1><button>Chat with seller</button></main><section class="related-items"><p>Posted in: Dhaka, Bangladesh</p></section>`, { head });
    expect(product(html, 'https://classifieds.example/item/1').shipping.from).toBeUndefined();
  });
});
