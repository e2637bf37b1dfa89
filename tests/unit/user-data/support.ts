import { AppDB, type Observation } from '@/lib/db/app-db';
import type { UserRule } from '@/lib/db/user-rules-schema';

let n = 0;
const open: AppDB[] = [];

export function freshDb(): AppDB {
  const db = new AppDB(`user-data-test-${n++}`);
  open.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of open.splice(0)) await db.delete();
}

export const NOW = Date.parse('2026-03-01T12:00:00Z');
export const DAY = 86_400_000;

export function rule(over: Partial<UserRule> = {}): UserRule {
  return { id: 'domain:bad-shop.example', kind: 'domain', key: 'bad-shop.example', label: 'bad-shop.example', action: 'block', note: 'never arrived', createdAt: NOW - 10 * DAY, updatedAt: NOW - 10 * DAY, ...over };
}

export function sighting(over: Partial<Observation> = {}): Observation {
  return {
    at: NOW - 5 * DAY, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:1234567', listingKey: 'aliexpress:77', sku: '77',
    sellerName: 'Test Store', title: 'Kettle', price: '12.50', currency: 'USD', feedbackPercent: 97.5, ...over,
  };
}

/** Everything in the two tables, without auto ids, in a stable order: for "nothing changed" checks. */
export async function snapshot(db: AppDB): Promise<{ rules: UserRule[]; observations: Omit<Observation, 'id'>[] }> {
  const rules = await db.userRules.orderBy('id').toArray();
  const observations = (await db.observations.orderBy('at').toArray()).map(({ id: _id, ...o }) => o);
  return { rules, observations };
}

/** A database with two rules and three sightings. */
export async function seeded(): Promise<AppDB> {
  const db = freshDb();
  await db.userRules.bulkAdd([
    rule(),
    rule({ id: 'seller:aliexpress:1234567', kind: 'seller', key: 'aliexpress:1234567', label: 'Test Store', action: 'note', note: '好卖家，发货快' }),
  ]);
  await db.observations.bulkAdd([
    sighting({ at: NOW - 30 * DAY, price: '14.00' }),
    sighting({ at: NOW - 5 * DAY }),
    sighting({ at: NOW - 2 * DAY, marketplace: 'shop', host: 'kettles.example', sellerKey: 'shop:kettles.example', listingKey: 'shop:kettles.example:K1', sku: 'K1', sellerName: undefined, feedbackPercent: undefined }),
  ].map((o) => JSON.parse(JSON.stringify(o)) as Observation));
  return db;
}
