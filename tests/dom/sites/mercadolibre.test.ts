// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, ld, page, readWith } from './load';

describe('mercadolibre adapter', () => {
  it('reads polycard search results and strips the official-store icon token', () => {
    const f = readWith('mercadolibre', fixture('mercadolibre/search.html'), 'https://listado.mercadolibre.com.pe/laptop');
    expect(f.pageKind).toBe('search');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[0]).toMatchObject({ title: 'Laptop Aurel 14 Ryzen 5', sellerName: 'Aurel', price: { amount: '1909', currency: 'PEN' }, url: 'https://www.mercadolibre.com.pe/laptop-a/p/MPE700000001' });
    expect(f.results?.[1]).toMatchObject({ price: { amount: '2379.5', currency: 'PEN' } });
    expect(f.results?.[1]?.sellerName).toBeUndefined();
  });

  it('reads an item page from JSON-LD and the seller block', () => {
    const html = page(`${ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Licuadora Vórtice 600 W', sku: 'MLA900000001', brand: 'Vórtice',
      offers: { '@type': 'Offer', price: 45999, priceCurrency: 'ARS', availability: 'https://schema.org/InStock' }, aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.6, reviewCount: 210 } })}
      <script>window.__PRELOADED_STATE__ = {"initialState":{"id":"MLA900000001","seller_id":123400001}};</script>
      <div class="ui-pdp-seller__header__title">Vendido por <span class="ui-pdp-seller__link-trigger">COCINA PLUS</span></div>`, { lang: 'es-AR' });
    const f = readWith('mercadolibre', html, 'https://articulo.mercadolibre.com.ar/MLA-900000001-licuadora-vortice');
    expect(f.product).toMatchObject({ price: { amount: '45999', currency: 'ARS' }, brand: 'Vórtice', rating: 4.6, reviewCount: 210, availability: 'InStock' });
    expect(f.seller).toMatchObject({ name: 'COCINA PLUS', id: '123400001', soldByPlatform: false });
  });
});
