import type { AppDB } from '@/lib/db/app-db';
import type { Handlers } from '@/lib/messaging/router';
import { loadTabState } from '@/lib/background/tab-state';
import { allLists } from '@/lib/lists/store';
import { getSellerHistory } from '@/lib/reputation/seller-history';
import { reportUrlFor, type ReportableList } from '@/lib/risk/report-url';
import { exportFileName, exportUserData } from './export';
import { importUserData } from './import';
import { eraseUserData } from './erase';

type UserDataHandlerNames = 'exportUserData' | 'importUserData' | 'eraseUserData' | 'getSellerHistory' | 'getReportUrl';

export interface UserDataHooks {
  /** After an import changed the user's rules: re-judge open tabs. */
  afterImport(): Promise<void>;
  /** After an erase: forget per-tab verdicts and badges. */
  afterErase(): Promise<void>;
  /** The lists a hit may come from (catalog and user lists). */
  lists?(): Promise<readonly ReportableList[]>;
}

/** Every subscribed or added list, as the report lookup needs it. */
export async function reportableLists(db: AppDB): Promise<ReportableList[]> {
  return (await allLists(db)).map((s) => {
    const def: ReportableList = s.def;
    const homepage = def.homepage ?? s.row?.copy?.headerHomepage;
    return { id: def.id, title: def.title, ...(homepage ? { homepage } : {}), ...(def.issuesUrl ? { issuesUrl: def.issuesUrl } : {}) };
  });
}

/** Handlers of the user-data messages; the router has already limited them to extension pages. */
export function createUserDataHandlers(db: AppDB, hooks: UserDataHooks): Pick<Handlers, UserDataHandlerNames> {
  return {
    async exportUserData() {
      const now = new Date();
      const { data, skipped } = await exportUserData(db, now);
      return { json: JSON.stringify(data), filename: exportFileName(now), counts: { userRules: data.userRules.length, observations: data.observations.length, skipped } };
    },
    async importUserData({ json, mode }) {
      const result = await importUserData(db, json, mode);
      if (result.imported) await hooks.afterImport();
      return result;
    },
    async eraseUserData() {
      const result = await eraseUserData(db);
      await hooks.afterErase();
      return result;
    },
    getSellerHistory: (req) => getSellerHistory(db, req),
    async getReportUrl({ tabId }) {
      const state = await loadTabState(tabId);
      if (!state || !('verdict' in state)) return { url: null, listTitle: null };
      const found = reportUrlFor(state.verdict.findings, await (hooks.lists ?? (() => reportableLists(db)))());
      return found ? { url: found.url, listTitle: found.listTitle } : { url: null, listTitle: null };
    },
  };
}
