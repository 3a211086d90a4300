import { useState } from 'preact/hooks';
import { CHECKS } from '../core/checks/index';
import { findingMessageKey } from '../core/i18n/translate';
import type { FindingId } from '../core/model';
import { LanguageSelect } from '../ui/language-select';
import { saveSettings, type Settings } from '../runtime/settings';
import { useT } from '../ui/i18n-context';
import { NoticesSection } from './notices/notices-section';
import { SafetyGateSection } from './safety-gate/safety-gate-section';
import { CampaignsSection } from './campaigns/campaigns-section';
import { resolveLanguage } from '../runtime/i18n';

export function Options({ initial }: { initial: Settings }) {
  const t = useT();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);

  const update = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    void saveSettings(next).then(() => setSaved(true));
  };
  const toggleCheck = (id: FindingId, on: boolean) =>
    update({
      ...settings,
      disabledChecks: on ? settings.disabledChecks.filter((c) => c !== id) : [...settings.disabledChecks, id],
    });

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsDisplay')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.showBadge}
            onChange={(e) => update({ ...settings, showBadge: e.currentTarget.checked })}
          />
          {t('optionsShowBadge')}
        </label>
        <label>
          {t('optionsLanguage')}
          <LanguageSelect
            value={settings.language ?? ''}
            emptyLabel={t('optionsLanguageBrowser')}
            onChange={(language) => update({ ...settings, language: language || null })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsChecks')}</legend>
        {CHECKS.map((check) => (
          <label key={check.id}>
            <input
              type="checkbox"
              checked={!settings.disabledChecks.includes(check.id)}
              onChange={(e) => toggleCheck(check.id, e.currentTarget.checked)}
            />
            {t(findingMessageKey(check.id, 'title'))}
          </label>
        ))}
      </fieldset>
      <p class="status" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <NoticesSection />
      <SafetyGateSection />
      <CampaignsSection language={resolveLanguage(settings.language)} />
    </>
  );
}
