// What Varsom does in the current tab, and the pause/resume switch for its site.
import type { Site } from '../engine/types.ts';
import { saveSettings, type Settings } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import type { TabStatus as Status } from './tab-state.ts';

export function TabStatus({ status, settings }: { status: Status; settings: Settings }) {
  const { t } = useI18n();
  if (status.kind === 'loading') return <p class="muted">{t('tab_checking')}</p>;
  if (status.kind === 'unknown') return <p>{t('tab_unknown')}</p>;
  const { site, watching, findings } = status.state;
  if (site === null) return <p>{t('tab_unsupported')}</p>;

  // The settings decide at once; the worker's `paused` may lag a moment behind.
  const enabled = settings.sites[site];
  const siteName = t(`site_${site}`);
  return (
    <div class="tab-status" data-site={site} data-paused={String(!enabled)}>
      <p class="tab-line">
        <span class={`dot ${enabled ? 'on' : 'off'}`} aria-hidden="true" />
        {enabled ? t('tab_active', siteName) : t('tab_paused', siteName)}
      </p>
      {enabled ? (
        <ul class="counts">
          <li>{t('tab_watching', watching)}</li>
          <li>{t('tab_findings', findings)}</li>
        </ul>
      ) : null}
      <PauseButton site={site} enabled={enabled} siteName={siteName} />
    </div>
  );
}

function PauseButton({ site, enabled, siteName }: { site: Site; enabled: boolean; siteName: string }) {
  const { t } = useI18n();
  const toggle = () => {
    saveSettings({ sites: { [site]: !enabled } }).catch(() => undefined);
  };
  return (
    <button type="button" id="toggle-site" class={enabled ? 'secondary' : ''} onClick={toggle}>
      {enabled ? t('pause_site', siteName) : t('resume_site', siteName)}
    </button>
  );
}
