import { useEffect, useId, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { updateSettings, type Settings } from '@/lib/settings/settings';
import { activeSnoozes, readSnooze, unsnoozeSite, watchSnooze, type SnoozeMap } from '@/lib/banner/snooze';
import { JurisdictionPicker } from './rights-pickers';
import { LanguageSelect } from './language-select';
import { useSettings } from './use-settings';
import { formatDateTime } from './format';

type T = Translate & { locale: Locale };
const SENSITIVITIES: Settings['sensitivity'][] = ['relaxed', 'normal', 'strict'];

/** Sites where the user hid the banner for a while, with a way to bring it back. */
function Snoozed({ t }: { t: T }) {
  const [map, setMap] = useState<SnoozeMap>({});
  useEffect(() => {
    void readSnooze().then(setMap).catch(() => undefined);
    return watchSnooze(setMap);
  }, []);
  const sites = activeSnoozes(map, Date.now());
  if (sites.length === 0) return null;
  return (
    <div className="snoozed">
      <h3>{t('opt_snoozed_title')}</h3>
      <ul>
        {sites.map((s) => (
          <li key={s.site}>
            {t('opt_snoozed_until', [s.site, formatDateTime(s.until, t.locale)])}{' '}
            <button type="button" onClick={() => void unsnoozeSite(s.site)} aria-label={t('opt_snoozed_show_again_site', [s.site])}>{t('opt_snoozed_show_again')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Check({ checked, onChange, label, help }: { checked: boolean; onChange: (v: boolean) => void; label: string; help: string }) {
  const id = useId();
  return (
    <div className="field field--check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-help`} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-help`} className="muted small">{help}</p>
    </div>
  );
}

/** Settings: where the shopper lives, language, when the banner interrupts, and automatic capture. */
export function OptionsSettings({ t }: { t: T }) {
  const settings = useSettings();
  const ids = { sensitivity: useId() };
  if (!settings) return <p className="muted">{t('ui_loading')}</p>;
  const set = (patch: Partial<Settings>) => void updateSettings(patch);
  return (
    <>
      <div className="field">
        <JurisdictionPicker value={settings.jurisdiction} onChange={(code) => set({ jurisdiction: code })} t={t} locale={t.locale} />
        <p className="muted small">{t('opt_jurisdiction_help')}</p>
      </div>
      <div className="field">
        <LanguageSelect t={t} withAuto value={settings.language} />
        <p className="muted small">{t('opt_language_help')}</p>
      </div>
      <fieldset className="field">
        <legend>{t('opt_sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <div key={s} className="field--radio">
            <input type="radio" id={`${ids.sensitivity}-${s}`} name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => set({ sensitivity: s })} />
            <label htmlFor={`${ids.sensitivity}-${s}`}>{t(`opt_sensitivity_${s}`)}</label>
          </div>
        ))}
        <p className="muted small">{t('opt_sensitivity_help')}</p>
      </fieldset>
      <Check checked={settings.banner} onChange={(banner) => set({ banner })} label={t('opt_banner')} help={t('opt_banner_help')} />
      <Snoozed t={t} />
      <Check checked={settings.autoCapture} onChange={(autoCapture) => set({ autoCapture })} label={t('ev_auto_capture')} help={t('ev_auto_capture_help')} />
    </>
  );
}
