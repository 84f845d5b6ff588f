// The user's own workplaces, so work talk about them is recognised. Those the
// employer sets by policy are listed first, marked, and cannot be removed here.
import { saveSettings } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { RunSave } from './use-save-status.ts';

export interface WorkplacesSectionProps {
  /** The user's own entries (as stored). */
  workplaces: readonly string[];
  /** The employer's entries: always in effect. */
  managed?: readonly string[];
  run: RunSave;
}

export function WorkplacesSection({ workplaces, managed = [], run }: WorkplacesSectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="workplaces-heading" class="card" id="workplaces-section">
      <h2 id="workplaces-heading">{t('workplaces_heading')}</h2>
      <p class="muted" id="workplaces-help">
        {t('workplaces_help')}
      </p>
      {managed.length > 0 ? (
        <div class="managed-block" id="workplaces-managed" data-managed="true">
          <p class="managed-note" id="workplaces-managed-help">
            <strong>{t('managed_by_employer')}.</strong> {t('managed_workplaces_help')}
          </p>
          <ul class="entries" aria-describedby="workplaces-managed-help">
            {managed.map((item) => (
              <li key={item} data-entry={item} data-managed="true">
                <span class="entry">{item}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ListEditor
        name="workplace"
        label={t('workplaces_add_label')}
        items={workplaces}
        describedBy="workplaces-help"
        onChange={(next) => void run(() => saveSettings({ workplaces: next }))}
      />
    </section>
  );
}
