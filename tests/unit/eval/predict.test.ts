import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../fixtures/facts';
import { emptyPrediction, predictionOf } from '../../eval/predict';
import { EVAL_FIELDS } from '../../eval/scoring';

describe('eval predictions', () => {
  it('maps PageFacts to the corpus field names', () => {
    const facts = makeFacts({
      product: { price: { amount: '12.99', currency: 'USD' }, availability: 'PreOrder', sku: 'A1', brand: 'B', gtin: '4006381333931', rating: 4.5, reviewCount: 10 },
      seller: { name: 'S', id: '7', soldByPlatform: false, feedbackPercent: 98.5, feedbackCount: 120 },
      shipping: { from: 'CN' },
    });
    expect(predictionOf(facts, 'low')).toEqual({
      price: '12.99', currency: 'USD', availability: 'InStock', sku: 'A1', brand: 'B', gtin: '4006381333931',
      sellerName: 'S', sellerId: '7', soldByPlatform: false, shipFrom: 'CN', sellerFeedbackPercent: 98.5, sellerFeedbackCount: 120,
      rating: 4.5, reviewCount: 10, resultCount: null, marketplace: 'aliexpress', pageKind: 'product', verdictLevel: 'low',
    });
  });

  it('keeps the two availability states of the labels: out of stock stays out of stock', () => {
    expect(predictionOf(makeFacts({ product: { availability: 'OutOfStock' } }), null).availability).toBe('OutOfStock');
    expect(predictionOf(makeFacts({ product: { availability: 'LimitedAvailability' } }), null).availability).toBe('InStock');
    expect(predictionOf(makeFacts({ product: {} }), null).availability).toBeNull();
  });

  it('counts results only on search pages', () => {
    const results = [{ title: 'a' }, { title: 'b' }, { title: 'c' }];
    expect(predictionOf(makeFacts({ pageKind: 'search', results }), null).resultCount).toBe(3);
    expect(predictionOf(makeFacts({ pageKind: 'product', results }), null).resultCount).toBeNull();
  });

  it('predicts nothing at all for a page that is not a shop page', () => {
    const p = emptyPrediction();
    for (const f of EVAL_FIELDS) expect(p[f]).toBeNull();
    expect(p).toMatchObject({ marketplace: null, pageKind: null, verdictLevel: null });
  });
});
