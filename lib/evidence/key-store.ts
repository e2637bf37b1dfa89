import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import type { HashTag } from './hash';
import { KEY_ALGORITHM, exportPublicJwk, keyFingerprint, type PublicJwk } from './signing';

/** The installation's signing key, ready to use. */
export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: PublicJwk;
  fingerprint: HashTag;
  createdAt: number;
}

const cache = new WeakMap<AppDB, Promise<SigningKey>>();

async function describe(pair: CryptoKeyPair, createdAt: number): Promise<SigningKey> {
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    publicJwk: await exportPublicJwk(pair.publicKey),
    fingerprint: await keyFingerprint(pair.publicKey),
    createdAt,
  };
}

async function loadOrCreate(db: AppDB): Promise<SigningKey> {
  const stored = await db.evidenceKeys.get('signing');
  if (stored) return describe(stored.keyPair, stored.createdAt);
  // Non-extractable: the private key can sign but can never leave IndexedDB.
  const pair = await crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
  const createdAt = Date.now();
  try {
    await db.evidenceKeys.add({ id: 'signing', keyPair: pair, createdAt });
  } catch (err) {
    // Another context created the key first: use theirs, so one installation has one key.
    if (err instanceof Dexie.ConstraintError) {
      const winner = await db.evidenceKeys.get('signing');
      if (winner) return describe(winner.keyPair, winner.createdAt);
    }
    throw err;
  }
  return describe(pair, createdAt);
}

/** The signing key of this installation, created on first use. */
export function getSigningKey(db: AppDB): Promise<SigningKey> {
  let p = cache.get(db);
  if (!p) {
    p = loadOrCreate(db);
    // A failure (e.g. a full disk) must not be cached forever.
    p.catch(() => cache.delete(db));
    cache.set(db, p);
  }
  return p;
}
