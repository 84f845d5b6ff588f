// The interface language: follow the browser, or one of Varsom's four.
import { saveSettings, UI_LANGUAGE_SETTINGS, type UiLanguageSetting } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import type { RunSave } from './use-save-status.ts';

export function LanguageSection({ value, run }: { value: UiLanguageSetting; run: RunSave }) {
  const { t } = useI18n();
  const change = (event: Event) => {
    const next = UI_LANGUAGE_SETTINGS.find((l) => l === (event.currentTarget as HTMLSelectElement).value);
    if (next) void run(() => saveSettings({ uiLanguage: next }));
  };
  return (
    <section aria-labelledby="language-heading" class="card">
      <h2 id="language-heading">{t('language_heading')}</h2>
      <label for="uiLanguage">{t('language_label')}</label>
      <div>
        <select id="uiLanguage" name="uiLanguage" value={value} onChange={change}>
          {UI_LANGUAGE_SETTINGS.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
              {t(`lang_${lang}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
