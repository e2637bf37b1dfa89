import type { Finding } from '@/lib/facts/verdict';

/**
 * "Report a wrong verdict": where a list hit came from, the user can tell
 * the list's maintainers. A list may declare its issue page (`issuesUrl`);
 * a list hosted on GitHub or GitLab has one by convention at its homepage.
 * Lists without one get no report link (the verdict still shows the
 * homepage as its source), rather than a guessed address.
 */
export interface ReportableList {
  id: string;
  title: string;
  homepage?: string;
  issuesUrl?: string;
}

function httpUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The issue page of a list: its own, or its repository's on GitHub / GitLab. */
export function issuesPageOf(list: ReportableList): string | undefined {
  const own = httpUrl(list.issuesUrl);
  if (own) return own;
  const home = httpUrl(list.homepage);
  if (!home) return undefined;
  const m = /^https:\/\/(github\.com|gitlab\.com)\/([\w.-]+)\/([\w.-]+)\/?$/.exec(home);
  if (!m) return undefined;
  return m[1] === 'github.com' ? `https://github.com/${m[2]}/${m[3]}/issues` : `https://gitlab.com/${m[2]}/${m[3]}/-/issues`;
}

/**
 * The first list behind the verdict's list hits that has an issue page. A
 * list finding names its list in its source title (and evidence `list`).
 */
export function reportUrlFor(findings: readonly Finding[], lists: readonly ReportableList[]): { url: string; listTitle: string } | null {
  for (const f of findings) {
    if (f.source.kind !== 'list') continue;
    const named = typeof f.evidence.list === 'string' ? f.evidence.list : f.source.title;
    const list = lists.find((l) => l.title === named || l.title === f.source.title);
    const url = list && issuesPageOf(list);
    if (url) return { url, listTitle: list.title };
  }
  return null;
}
