import { useId } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { JURISDICTIONS, type RightsPaymentMethod } from '@/lib/rights/codes';
import { bcp47 } from '@/lib/rights/format';

/** Payment choices offered to the shopper; the rest of PageFacts' methods map to "other". */
export const PAYMENT_CHOICES = ['card', 'visa', 'mastercard', 'unionpay', 'paypal', 'alipay', 'wechatpay', 'bank_transfer', 'cash_on_delivery'] as const satisfies readonly RightsPaymentMethod[];

/** Country or union name in the shopper's language, from Intl (EU → "European Union" / "欧盟"). */
export function jurisdictionName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([bcp47(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Where do you live?" — the choice every statutory right depends on. */
export function JurisdictionPicker({ value, onChange, t, locale }: {
  value?: string;
  onChange: (code: string) => void;
  t: Translate;
  locale: Locale;
}) {
  const id = useId();
  return (
    <p className="rights-picker">
      <label htmlFor={id}>{t('rights_jurisdiction_label')}</label>{' '}
      <select id={id} value={value ?? ''} onChange={(e) => e.target.value && onChange(e.target.value)}>
        <option value="">{t('rights_jurisdiction_choose')}</option>
        {JURISDICTIONS.map((j) => (
          <option key={j} value={j}>{jurisdictionName(j, locale)}</option>
        ))}
      </select>
    </p>
  );
}

/** "How did you pay?" — narrows payment protections to the one that applies. */
export function PaymentPicker({ value, onChange, t }: {
  value?: RightsPaymentMethod;
  onChange: (method: RightsPaymentMethod | undefined) => void;
  t: Translate;
}) {
  const id = useId();
  return (
    <p className="rights-picker">
      <label htmlFor={id}>{t('rights_paid_with_label')}</label>{' '}
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((PAYMENT_CHOICES as readonly string[]).includes(e.target.value) ? (e.target.value as RightsPaymentMethod) : undefined)}
      >
        <option value="">{t('rights_paid_unknown')}</option>
        {PAYMENT_CHOICES.map((m) => (
          <option key={m} value={m}>{t(`rights_pay_${m}`)}</option>
        ))}
      </select>
    </p>
  );
}
