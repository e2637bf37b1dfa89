import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportUserData } from '@/lib/user-data/export';
import { importUserData, validateUserData } from '@/lib/user-data/import';
import { MAX_IMPORT_BYTES } from '@/lib/user-data/format';
import type { AppDB } from '@/lib/db/app-db';
import { closeAll, NOW, seeded, snapshot } from './support';

afterEach(closeAll);

async function goodFile(db: AppDB): Promise<Record<string, unknown> & { userRules: Record<string, unknown>[]; observations: Record<string, unknown>[] }> {
  return JSON.parse(JSON.stringify((await exportUserData(db, new Date(NOW))).data));
}

/** Imports `text` into a seeded profile; the refusal must name `code` and change nothing. */
async function refusedWithoutLoss(text: string | ((good: Awaited<ReturnType<typeof goodFile>>) => string), code: string): Promise<string> {
  const db = await seeded();
  const before = await snapshot(db);
  const body = typeof text === 'string' ? text : text(await goodFile(db));
  const result = await importUserData(db, body, 'replace', NOW);
  expect(result).toMatchObject({ imported: false, error: code });
  expect(await snapshot(db)).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result.imported ? '' : result.detail;
}

describe('hostile or corrupt imports are refused with a clear reason and lose nothing', () => {
  it('refuses text that is not JSON', async () => {
    await refusedWithoutLoss('{"format": "cross-border-shopping-guard/user-data", ', 'not-json');
    await refusedWithoutLoss('', 'not-json');
  });

  it('refuses another file format', async () => {
    await refusedWithoutLoss('[1,2,3]', 'wrong-format');
    await refusedWithoutLoss('{"format":"something-else","version":1}', 'wrong-format');
    await refusedWithoutLoss('"just a string"', 'wrong-format');
  });

  it('refuses a file from a newer version and names the version', async () => {
    const db = await seeded();
    const good = await goodFile(db);
    const result = await importUserData(db, JSON.stringify({ ...good, version: 7 }), 'replace', NOW);
    expect(result).toEqual({ imported: false, error: 'unsupported-version', detail: 'version 7', params: ['7'] });
  });

  it('refuses a bogus version as invalid', async () => {
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, version: '1' }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, version: 0 }), 'invalid');
  });

  it('refuses prototype-pollution keys anywhere in the file', async () => {
    await refusedWithoutLoss((g) => JSON.stringify(g).replace('{"format"', '{"__proto__":{"polluted":true},"format"'), 'hostile');
    await refusedWithoutLoss((g) => JSON.stringify(g).replace('"at":', '"constructor":{"prototype":{"polluted":1}},"at":'), 'hostile');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, userRules: [{ ...g.userRules[0], prototype: 1 }] }), 'hostile');
  });

  it('refuses absurd nesting without exhausting the stack', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    await refusedWithoutLoss(`{"format":"cross-border-shopping-guard/user-data","version":1,"x":${deep}}`, 'hostile');
  });

  it('refuses wrong types, unknown fields and huge strings, naming where', async () => {
    const at = await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], at: 'yesterday' }] }), 'invalid');
    expect(at).toMatch(/^observations\.0\.at: /);
    expect(await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], script: '<img onerror=alert(1)>' }] }), 'invalid')).toMatch(/observations\.0/);
    expect(await refusedWithoutLoss((g) => JSON.stringify({ ...g, userRules: [{ ...g.userRules[0], note: 'x'.repeat(100_000) }] }), 'invalid')).toMatch(/userRules\.0\.note/);
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, extra: true }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: 'none' }), 'invalid');
  });

  it('refuses values the extension would never write', async () => {
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], image: 'javascript:alert(1)' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], price: '12,50' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], marketplace: 'evil' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [{ ...g.observations[0], sellerKey: 'amazon:AAA' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, userRules: [{ ...g.userRules[0], id: 'domain:other.example' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, userRules: [{ ...g.userRules[0], action: 'delete-all' }] }), 'invalid');
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, userRules: [g.userRules[0], g.userRules[0]] }), 'invalid');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    expect(() => validateUserData(huge)).toThrow(/over/);
  });

  it('one bad row among many rejects the whole file', async () => {
    await refusedWithoutLoss((g) => JSON.stringify({ ...g, observations: [...g.observations, { ...g.observations[0], rating: 11 }] }), 'invalid');
  });
});

describe('writes are transactional', () => {
  it('a full disk mid-import (after the old data was cleared) leaves everything as it was', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const json = JSON.stringify(await goodFile(db));
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.observations, 'bulkAdd').mockRejectedValueOnce(quota);
    const result = await importUserData(db, json, 'replace', NOW);
    expect(spy).toHaveBeenCalled();
    expect(result).toMatchObject({ imported: false, error: 'storage-full' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure of the database itself mid-write rolls back the rules already written', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const good = await goodFile(db);
    good.userRules.push({ ...good.userRules[0], id: 'domain:added.example', key: 'added.example', label: 'added.example' });
    good.observations.push({ ...good.observations[0], at: NOW - 3_600_000 });
    // Same auto id as a row already stored: IndexedDB itself refuses the add (ConstraintError).
    const existingId = (await db.observations.toCollection().first())!.id!;
    const realBulkAdd = db.observations.bulkAdd.bind(db.observations);
    vi.spyOn(db.observations, 'bulkAdd').mockImplementationOnce(((rows: object[]) => realBulkAdd(rows.map((r) => ({ ...r, id: existingId })) as never)) as never);
    const result = await importUserData(db, JSON.stringify(good), 'merge', NOW);
    expect(result).toMatchObject({ imported: false, error: 'write-failed' });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.userRules.get('domain:added.example')).toBeUndefined();
  });
});
