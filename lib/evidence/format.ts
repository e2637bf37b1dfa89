/** "1.2 MB" style sizes for people; bytes stay exact in packs. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

/** A short label for a case in lists and menus. */
export function caseLabel(c: { platform: string; orderNumber?: string; seller?: string; createdAt: number }): string {
  return [c.platform, c.orderNumber, c.seller].filter(Boolean).join(' · ') || new Date(c.createdAt).toISOString().slice(0, 10);
}
