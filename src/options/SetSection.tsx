// Choosing the municipality's guideline set, each with a preview of its points.
import type { GuidelineSet } from '../engine/types.ts';
import { BUILTIN_SETS } from '../guidelines/index.ts';
import { saveSettings } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Quote } from '../ui/Quote.tsx';
import type { RunSave } from './use-save-status.ts';

export function SetSection({ selected, run }: { selected: string; run: RunSave }) {
  const { t } = useI18n();
  const choose = (setId: string) => run(() => saveSettings({ setId }));
  return (
    <section aria-labelledby="set-heading" class="card">
      <fieldset>
        <legend>
          <h2 id="set-heading">{t('set_heading')}</h2>
        </legend>
        <p class="muted" id="set-help">
          {t('set_help')}
        </p>
        <ul class="set-list">
          {BUILTIN_SETS.map((set) => (
            <SetOption key={set.id} set={set} checked={set.id === selected} onChoose={choose} />
          ))}
        </ul>
      </fieldset>
    </section>
  );
}

function SetOption({ set, checked, onChoose }: { set: GuidelineSet; checked: boolean; onChoose: (id: string) => void }) {
  const { t } = useI18n();
  const inputId = `set-${set.id}`;
  return (
    <li class={checked ? 'selected' : ''}>
      <div class="choice">
        <input
          type="radio"
          name="setId"
          id={inputId}
          value={set.id}
          checked={checked}
          aria-describedby="set-help"
          onChange={() => onChoose(set.id)}
        />
        <label for={inputId}>
          <span class="set-name">{set.name}</span>{' '}
          <span class="muted">({t(set.country === 'SE' ? 'set_country_se' : 'set_country_no')})</span>
        </label>
      </div>
      <details class="set-preview">
        <summary>{t('set_preview', set.points.length)}</summary>
        <p class="muted small">
          {t('set_source', set.source.title)}
          {set.adopted ? ` · ${t('set_adopted', set.adopted)}` : ''}
        </p>
        <ul class="point-list">
          {set.points.map((point) => (
            <li key={point.id}>
              <Quote point={point} lang={set.language} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
