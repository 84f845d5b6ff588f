// Which sites Varsom watches.
import { saveSettings, SITES } from '../settings/index.ts';
import type { Site } from '../engine/types.ts';
import { useI18n } from '../ui/i18n.tsx';
import { useOptimistic } from './use-optimistic.ts';
import type { RunSave } from './use-save-status.ts';

export function SitesSection({ sites, run }: { sites: Record<Site, boolean>; run: RunSave }) {
  const { t } = useI18n();
  const [shown, show, forget] = useOptimistic(sites);
  return (
    <section aria-labelledby="sites-heading" class="card">
      <fieldset aria-describedby="sites-help">
        <legend>
          <h2 id="sites-heading">{t('sites_heading')}</h2>
        </legend>
        <p class="muted" id="sites-help">
          {t('sites_help')}
        </p>
        {SITES.map((site) => {
          const id = `site-${site}`;
          return (
            <div class="choice" key={site}>
              <input
                type="checkbox"
                id={id}
                name={id}
                checked={shown[site]}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  show({ ...shown, [site]: on });
                  void run(async () => {
                    try {
                      await saveSettings({ sites: { [site]: on } });
                    } catch (error) {
                      forget();
                      throw error;
                    }
                  });
                }}
              />
              <label for={id}>{t(`site_${site}`)}</label>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
