import { describe, expect, it } from 'vitest';
import { autoCaptureOrder } from '@/lib/evidence/auto-capture';
import { factsFileBytes } from '@/lib/evidence/facts-file';
import { orderNumberFromUrl } from '@/lib/evidence/order-number';
import { EvidenceService } from '@/lib/evidence/service';
import { updateSettings } from '@/lib/settings/settings';
import { makeFacts } from '../../fixtures/facts';
import { freshDb } from '../../fixtures/evidence/drafts';
import { fakeCaptureApi } from '../../fixtures/evidence/fake-capture-api';

const ORDER_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789';

describe('automatic capture of order pages', () => {
  it('is off by default; when on, captures an order page into a new case for the order, once per set of terms', async () => {
    const db = freshDb();
    const facts = makeFacts({ pageKind: 'order', url: ORDER_URL });
    const { api } = fakeCaptureApi({ facts });
    const service = new EvidenceService(db, { ...api, getTab: async () => ({ ...(await api.getTab(7)), url: ORDER_URL }) });
    expect(await autoCaptureOrder(service, 7, facts)).toBe('off');
    expect(await db.evidenceRecords.count()).toBe(0);

    await updateSettings({ autoCapture: true });
    expect(await autoCaptureOrder(service, 7, makeFacts())).toBe('not-order');
    expect(await autoCaptureOrder(service, 7, facts)).toBe('saved');
    const [c] = await db.evidenceCases.toArray();
    expect(c).toMatchObject({ platform: 'aliexpress', orderNumber: '8123456789', seller: 'Test Store', auto: true, amountPaid: { amount: '12.99', currency: 'USD' } });
    const [r] = await db.evidenceRecords.toArray();
    expect(r).toMatchObject({ trigger: 'auto', caseId: c!.id });

    // Same terms after a reload, even with keys in another order (storage.session sorts them): nothing new.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(facts).reverse()))) as typeof facts;
    expect(await autoCaptureOrder(service, 7, reordered)).toBe('unchanged');
    // Changed terms (the seller changed the price): captured again, into the same case.
    expect(await autoCaptureOrder(service, 7, { ...facts, product: { ...facts.product, price: { amount: '15.99', currency: 'USD' } } })).toBe('saved');
    expect(await db.evidenceCases.count()).toBe(1);
    expect(await db.evidenceRecords.count()).toBe(2);
  });

  it('facts.json bytes do not depend on key order', () => {
    const facts = makeFacts();
    const reordered = Object.fromEntries(Object.entries(facts).reverse()) as typeof facts;
    expect(factsFileBytes(reordered)).toEqual(factsFileBytes(facts));
  });

  it('reads order numbers from marketplace order URLs', () => {
    expect(orderNumberFromUrl(ORDER_URL)).toBe('8123456789');
    expect(orderNumberFromUrl('https://www.amazon.com/gp/your-account/order-details?orderID=114-1234567-1234567')).toBe('114-1234567-1234567');
    expect(orderNumberFromUrl('https://www.ebay.com/vod/FetchOrderDetails?orderId=12-34567-89012')).toBe('12-34567-89012');
    expect(orderNumberFromUrl('https://www.walmart.com/orders/200012345678')).toBe('200012345678');
    expect(orderNumberFromUrl('https://www.aliexpress.com/p/order/index.html')).toBeUndefined();
    expect(orderNumberFromUrl('https://x.example/?orderId=<script>')).toBeUndefined();
  });
});
