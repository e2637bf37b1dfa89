import type { Verdict } from '@/lib/facts/verdict';
import type { UserRule } from '@/lib/db/user-rules-schema';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';

/** Trust or block the site or the seller; the user's decision always wins. */
export function UserRuleActions({ verdict, rules, t, onChanged }: { verdict: Verdict; rules: UserRule[]; t: Translate; onChanged: () => void }) {
  const { host, marketplace, sellerId, sellerName } = verdict.subject;
  const domainRule = rules.find((r) => r.id === `domain:${host}`);
  const sellerRule = sellerId ? rules.find((r) => r.id === `seller:${marketplace}:${sellerId}`) : undefined;
  const act = async (p: Promise<unknown>) => {
    await p;
    onChanged();
  };
  const isMarketplace = marketplace !== 'shop';
  return (
    <section className="actions" aria-label="actions">
      {isMarketplace && sellerId ? (
        sellerRule ? (
          <button type="button" onClick={() => void act(send('removeUserRule', { id: sellerRule.id }))}>{t('popup_undo_rule')}</button>
        ) : (
          <>
            <button type="button" onClick={() => void act(send('setUserRule', { target: { kind: 'seller', marketplace, sellerId, sellerName }, action: 'trust' }))}>{t('popup_trust_seller')}</button>
            <button type="button" className="danger" onClick={() => void act(send('setUserRule', { target: { kind: 'seller', marketplace, sellerId, sellerName }, action: 'block' }))}>{t('popup_block_seller')}</button>
          </>
        )
      ) : null}
      {!isMarketplace &&
        (domainRule ? (
          <button type="button" onClick={() => void act(send('removeUserRule', { id: domainRule.id }))}>{t('popup_undo_rule')}</button>
        ) : (
          <>
            <button type="button" onClick={() => void act(send('setUserRule', { target: { kind: 'domain', domain: host }, action: 'trust' }))}>{t('popup_trust_site')}</button>
            <button type="button" className="danger" onClick={() => void act(send('setUserRule', { target: { kind: 'domain', domain: host }, action: 'block' }))}>{t('popup_block_site')}</button>
          </>
        ))}
    </section>
  );
}
