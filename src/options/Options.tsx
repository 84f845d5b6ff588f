// The options page: one small section per setting, each saving on change.
// It shows the settings in effect: what the employer manages (by browser
// policy) is marked and cannot be changed here.
import { useEffect } from 'preact/hooks';
import type { EffectiveSettings } from '../settings/index.ts';
import { I18nProvider, useI18n } from '../ui/i18n.tsx';
import { NoticeBanner } from '../ui/NoticeBanner.tsx';
import { useNotices } from '../ui/use-notices.ts';
import { useSettingsView } from '../ui/use-settings.ts';
import { ChecklistSection } from './ChecklistSection.tsx';
import { DisclaimersSection } from './DisclaimersSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SetSection } from './SetSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { useAlsoFriends, usePeopleFromWork } from './use-people.ts';
import { useSaveStatus } from './use-save-status.ts';
import { WorkplacesSection } from './WorkplacesSection.tsx';

export function Options() {
  const view = useSettingsView();
  return <I18nProvider setting={view?.settings.uiLanguage}>{view ? <OptionsPage view={view} /> : null}</I18nProvider>;
}

function OptionsPage({ view }: { view: EffectiveSettings }) {
  const { t, lang } = useI18n();
  const [people, setPeople] = usePeopleFromWork();
  const [friends, setFriends] = useAlsoFriends();
  // Loading the settings and the list is what queues notices: take them after both.
  const { notices, dismiss, refresh } = useNotices(people !== undefined);
  const { state, run } = useSaveStatus();
  const { settings, stored, managed, set } = view;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang, t]);

  return (
    <div class="options">
      <header class="page-header">
        <div class="brand">
          <img src="/icons/icon-48.png" alt="" />
          <h1>{t('options_title')}</h1>
        </div>
        <p>{t('options_intro')}</p>
      </header>
      <SaveStatus state={state} />
      <NoticeBanner notices={notices} currentSetName={set?.name ?? ''} onDismiss={dismiss} />
      <main>
        <SetSection view={view} run={run} onRemoved={refresh} />
        {set ? <ChecklistSection set={set} /> : null}
        <LanguageSection value={settings.uiLanguage} run={run} />
        <SitesSection sites={settings.sites} run={run} />
        <WorkplacesSection workplaces={stored.workplaces} managed={managed.workplaces ?? []} run={run} />
        {people ? (
          <PeopleSection people={people} friends={friends ?? []} onFriendsChange={setFriends} onLocalChange={setPeople} run={run} />
        ) : null}
        <DisclaimersSection disclaimers={stored.disclaimers} managed={managed.disclaimers ?? []} effective={settings.disclaimers} set={set} run={run} />
        <section aria-labelledby="privacy-heading" class="card">
          <h2 id="privacy-heading">{t('privacy_heading')}</h2>
          <p>{t('privacy_local')}</p>
        </section>
      </main>
    </div>
  );
}
