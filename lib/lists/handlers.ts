import type { AppDB } from '@/lib/db/app-db';
import type { Handlers } from '@/lib/messaging/router';
import { SHIPPED_ALLOWLIST } from './allowlist';
import { ListError, toListError } from './errors';
import type { ListErrorView, ListView } from './messages';
import { getMatcher } from './snapshot';
import { allLists, getList, type ListState } from './store';
import { addListByUrl, allowlistAdd, allowlistRemove, importListFile, removeList, setSubscribed } from './user-lists';
import { updateDueLists, updateList, type UpdaterDeps } from './updater';

type ListHandlerNames = 'listCatalog' | 'subscribeList' | 'unsubscribeList' | 'addListByUrl' | 'importListFile'
  | 'removeList' | 'updateLists' | 'allowlistAdd' | 'allowlistRemove' | 'checkListedHost';

/** A list's state as the options page shows it. */
export function toView(s: ListState): ListView {
  const { def, row } = s;
  return {
    id: def.id,
    origin: s.origin,
    title: def.title,
    category: def.category,
    severity: def.severity,
    format: def.format,
    ...(def.license ? { license: def.license } : {}),
    ...(def.licenseNote ? { licenseNote: def.licenseNote } : {}),
    ...(def.homepage ?? row?.copy?.headerHomepage ? { homepage: def.homepage ?? row?.copy?.headerHomepage } : {}),
    ...(def.contentUrls[0] ? { url: def.contentUrls[0] } : {}),
    enabled: s.enabled,
    enabledByDefault: def.enabledByDefault,
    ...(row?.copy ? { entryCount: row.copy.entryCount, version: row.copy.version, fetchedAt: row.copy.fetchedAt } : {}),
    ...(row?.nextUpdateAt !== undefined ? { nextUpdateAt: row.nextUpdateAt } : {}),
    ...(row?.lastError ? { lastError: row.lastError } : {}),
  };
}

function errorView(err: unknown): ListErrorView {
  const e = err instanceof ListError ? err : toListError(err);
  return { code: e.code, ...(e.detail ? { detail: e.detail.slice(0, 300) } : {}) };
}

async function viewOf(db: AppDB, id: string): Promise<ListView> {
  const s = await getList(db, id);
  if (!s) throw new ListError('not-found', id);
  return toView(s);
}

/**
 * Handlers of the list-management messages. Failures the user should read
 * (a bad file, a server error) come back as `{ error }` with a code the page
 * translates; the stored lists are then unchanged.
 */
export function createListHandlers(db: AppDB, deps: UpdaterDeps = {}): Pick<Handlers, ListHandlerNames> {
  const result = async (run: () => Promise<string>) => {
    try {
      return { list: await viewOf(db, await run()) };
    } catch (err) {
      return { error: errorView(err) };
    }
  };
  return {
    async listCatalog() {
      const [lists, user] = await Promise.all([allLists(db), db.listAllow.toArray()]);
      return {
        lists: lists.map(toView),
        allowlist: { shipped: [...SHIPPED_ALLOWLIST], user: user.map((a) => a.domain).sort() },
      };
    },
    subscribeList: ({ id }) => result(async () => (await setSubscribed(db, id, true, deps)).id),
    unsubscribeList: ({ id }) => result(async () => (await setSubscribed(db, id, false, deps)).id),
    addListByUrl: ({ url, ...opts }) => result(async () => (await addListByUrl(db, url, opts, deps)).id),
    importListFile: ({ name, text, ...opts }) => result(async () => (await importListFile(db, name, text, opts)).id),
    async removeList({ id }) {
      try {
        await removeList(db, id);
        return {};
      } catch (err) {
        return { error: errorView(err) };
      }
    },
    async updateLists({ id }) {
      return id ? [await updateList(db, id, deps)] : updateDueLists(db, { ...deps, force: true, spacingMs: 500 });
    },
    async allowlistAdd({ domain }) {
      try {
        return { domain: await allowlistAdd(db, domain), changed: true };
      } catch (err) {
        return { changed: false, error: errorView(err) };
      }
    },
    async allowlistRemove({ domain }) {
      try {
        return { changed: await allowlistRemove(db, domain) };
      } catch (err) {
        return { changed: false, error: errorView(err) };
      }
    },
    async checkListedHost({ host }) {
      const matcher = await getMatcher(db);
      return {
        allowed: matcher.isAllowed(host),
        hits: matcher.matchHost(host).map((h) => ({ listId: h.listId, title: h.title, severity: h.severity, category: h.category, matched: h.matched, ...(h.date ? { date: h.date } : {}) })),
      };
    },
  };
}
