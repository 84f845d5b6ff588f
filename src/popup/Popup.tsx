// The toolbar popup: the chosen guideline and its checklist, what Varsom does
// in this tab, and the way to the settings.
import browser from 'webextension-polyfill';
import { useEffect } from 'preact/hooks';
import { Checklist } from '../ui/Checklist.tsx';
import { I18nProvider, useI18n } from '../ui/i18n.tsx';
import { NoticeBanner } from '../ui/NoticeBanner.tsx';
import { useNotices } from '../ui/use-notices.ts';
import { useSettingsView } from '../ui/use-settings.ts';
import type { EffectiveSettings } from '../settings/index.ts';
import { PageCheck } from './PageCheck.tsx';
import { TabStatus } from './TabStatus.tsx';
import { useTabState } from './use-tab-state.ts';
import { OPTIONS_PAGE } from '../shared/pages.ts';


export function Popup() {
  const view = useSettingsView();
  return <I18nProvider setting={view?.settings.uiLanguage}>{view ? <PopupBody view={view} /> : null}</I18nProvider>;
}

function PopupBody({ view }: { view: EffectiveSettings }) {
  const { t, lang } = useI18n();
  const { settings, set, managed } = view;
  // The employer's set is in effect: enforced, or suggested and not replaced by the user's own choice.
  const employerSet = set !== null && managed.setId !== undefined && managed.presetSetId === set.id;
  const tab = useTabState(settings);
  const { notices, dismiss } = useNotices(true);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const openOptions = (event: Event) => {
    event.preventDefault();
    browser.runtime
      .openOptionsPage()
      .catch(() => browser.tabs.create({ url: browser.runtime.getURL(OPTIONS_PAGE) }))
      .finally(() => window.close());
  };

  return (
    <main class="popup">
      <header class="brand">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('ext_name')}</h1>
      </header>
      <NoticeBanner notices={notices} currentSetName={set?.name ?? ''} onDismiss={dismiss} />
      <section aria-labelledby="tab-heading" class="tab">
        <h2 id="tab-heading" class="visually-hidden">
          {t('tab_heading')}
        </h2>
        <TabStatus status={tab} settings={settings} />
      </section>
      <section aria-labelledby="set-heading">
        <h2 id="set-heading" class="eyebrow">
          {t('popup_set_heading')}
        </h2>
        {set === null ? (
          <div id="no-set" data-varsom="no-set">
            <p>{t('popup_no_set')}</p>
            <p>
              <a href={browser.runtime.getURL(OPTIONS_PAGE)} id="choose-set" data-varsom="choose-set" onClick={openOptions}>
                {t('popup_choose_set')}
              </a>
            </p>
          </div>
        ) : (
          <>
            <p class="set-name" id="set-name" data-set={set.id}>
              {set.name}
            </p>
            {employerSet ? (
              <p class="muted small" id="set-managed" data-managed={managed.setId === 'locked' ? 'true' : 'preset'}>
                {t(managed.setId === 'locked' ? 'managed_by_employer' : 'managed_set_preset')}
              </p>
            ) : null}
          </>
        )}
      </section>
      {set !== null ? (
        <section aria-labelledby="checklist-heading" id="popup-checklist">
          <h2 id="checklist-heading">{t('checklist_heading')}</h2>
          <p class="muted">{t('checklist_intro')}</p>
          <Checklist set={set} />
        </section>
      ) : null}
      {tab.kind === 'known' && tab.state.site !== null ? (
        <PageCheck state={tab.state} site={tab.state.site} enabled={settings.sites[tab.state.site]} />
      ) : null}
      <footer>
        <a href={browser.runtime.getURL(OPTIONS_PAGE)} id="open-options" onClick={openOptions}>
          {t('open_options')}
        </a>
        <p class="muted small">{t('privacy_local')}</p>
      </footer>
    </main>
  );
}
