import { browser } from 'wxt/browser';
import type { VerdictLevel } from '@/lib/facts/verdict';

/** Badge text and colour per level: short symbols read the same in every language. */
export const BADGE: Record<VerdictLevel, { text: string; color: string }> = {
  danger: { text: '!!', color: '#B3261E' },
  warning: { text: '!', color: '#C5590A' },
  caution: { text: '?', color: '#8A6D00' },
  low: { text: 'OK', color: '#1E7B34' },
  'trusted-by-you': { text: '✓', color: '#1A5FB4' },
  'no-data': { text: '…', color: '#5F6368' },
};

export async function showBadge(tabId: number, level: VerdictLevel, title: string): Promise<void> {
  const { text, color } = BADGE[level];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
