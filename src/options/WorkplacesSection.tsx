// The user's own workplaces, so work talk about them is recognised.
import { saveSettings } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { RunSave } from './use-save-status.ts';

export function WorkplacesSection({ workplaces, run }: { workplaces: readonly string[]; run: RunSave }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="workplaces-heading" class="card">
      <h2 id="workplaces-heading">{t('workplaces_heading')}</h2>
      <p class="muted" id="workplaces-help">
        {t('workplaces_help')}
      </p>
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
