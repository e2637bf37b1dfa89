import { useEffect, useState } from 'react';
import type { Verdict } from '@/lib/facts/verdict';
import { send } from '@/lib/messaging/client';
import type { RequestOf } from '@/lib/messaging/protocol';
import type { SellerHistoryResponse } from '@/lib/reputation/seller-history';

type HistoryRequest = RequestOf<'getSellerHistory'>;

/** Which history the verdict is about: the marketplace seller, or the independent shop's domain. */
export function historyRequestFor(subject: Verdict['subject']): HistoryRequest | undefined {
  const { marketplace, sellerId, host } = subject;
  // The background checks the marketplace name; importing the list here would load zod into the popup's first screen.
  if (marketplace !== 'shop') return sellerId ? ({ marketplace, sellerId } as HistoryRequest) : undefined;
  return host ? { domain: host } : undefined;
}

/** The seller's sightings, loaded after the verdict is on screen; undefined while loading or when unknown. */
export function useSellerHistory(subject: Verdict['subject'], checkedAt: string): SellerHistoryResponse | undefined {
  const [history, setHistory] = useState<SellerHistoryResponse>();
  const req = historyRequestFor(subject);
  const reqKey = JSON.stringify(req ?? null);
  useEffect(() => {
    const parsed = JSON.parse(reqKey) as HistoryRequest | null;
    if (!parsed) return;
    let live = true;
    void send('getSellerHistory', parsed).then((h) => live && setHistory(h)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [reqKey, checkedAt]);
  return history;
}
