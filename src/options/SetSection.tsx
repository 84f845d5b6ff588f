// Choosing the municipality's guideline set, each with a preview of its
// points: the built-in sets, the one the employer rolls out by policy, and
// imported ones (with Export, Replace and Remove), then the import area.
// When the employer locks the choice, the radios are disabled and say why.
// While no set is chosen this is the welcome: nothing is preselected, and the
// page asks for the municipality, with importing a file as the second choice.
import { useRef, useState } from 'preact/hooks';
import type { GuidelineSet } from '../engine/types.ts';
import { removeSet, saveSettings, setToJson, type EffectiveSettings, type SetEntry } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Quote } from '../ui/Quote.tsx';
import { ImportArea, openImportArea } from './ImportArea.tsx';
import { useOptimistic } from './use-optimistic.ts';
import type { RunSave } from './use-save-status.ts';

export interface SetSectionProps {
  view: EffectiveSettings;
  run: RunSave;
  /** After a set was removed: notices it queued (e.g. "set unavailable") are shown. */
  onRemoved?: () => void;
}

/** Saves the set as a file through a blob: URL; nothing leaves the device. */
export function downloadSet(set: GuidelineSet): void {
  const url = URL.createObjectURL(new Blob([setToJson(set)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${set.id}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SetSection({ view, run, onRemoved }: SetSectionProps) {
  const { t } = useI18n();
  const { managed, settings, sets } = view;
  const locked = managed.setId === 'locked';
  const welcome = view.set === null;
  const [replacing, setReplacing] = useState<GuidelineSet>();
  const [status, setStatus] = useState('');
  const importArea = useRef<HTMLDetailsElement>(null);
  const [selected, showSelected, forgetSelected] = useOptimistic(settings.setId);

  const choose = (setId: string) => {
    showSelected(setId);
    // Picking the employer's suggestion withdraws the user's own choice, so a later change of the suggestion applies.
    const patch = managed.setId === 'preset' && managed.presetSetId === setId ? { setId: null } : { setId };
    return run(async () => {
      try {
        await saveSettings(patch);
      } catch (error) {
        forgetSelected();
        throw error;
      }
    });
  };

  const replace = (set: GuidelineSet) => {
    setReplacing(set);
    setStatus('');
    openImportArea(importArea.current);
  };

  const remove = async (set: GuidelineSet) => {
    await run(async () => {
      await removeSet(set.id);
      setStatus(t('import_removed', set.name));
    });
    onRemoved?.();
  };

  const describedBy = locked ? 'set-help set-managed' : 'set-help';
  return (
    <section
      aria-labelledby={welcome ? 'welcome-heading' : 'set-heading'}
      class={welcome ? 'card welcome' : 'card'}
      id="set-section"
      data-managed={locked ? 'true' : managed.setId === 'preset' ? 'preset' : undefined}
      data-varsom={welcome ? 'welcome' : undefined}
    >
      {welcome ? (
        <>
          <h2 id="welcome-heading">{t('welcome_heading')}</h2>
          <p id="welcome-intro">{t('welcome_intro')}</p>
        </>
      ) : null}
      <fieldset>
        <legend>
          {welcome ? <h3 id="set-heading">{t('welcome_choose')}</h3> : <h2 id="set-heading">{t('set_heading')}</h2>}
        </legend>
        <p class="muted" id="set-help">
          {t('set_help')}
        </p>
        {locked ? (
          <p class="managed-note" id="set-managed" data-managed="true">
            <strong>{t('managed_by_employer')}.</strong> {t('managed_set_locked')}
          </p>
        ) : null}
        <ul class="set-list">
          {sets.map((entry) => (
            <SetOption
              key={entry.set.id}
              entry={entry}
              checked={entry.set.id === selected}
              preset={managed.presetSetId === entry.set.id && managed.setId !== undefined}
              locked={locked}
              describedBy={describedBy}
              onChoose={choose}
              onReplace={replace}
              onRemove={remove}
            />
          ))}
        </ul>
      </fieldset>
      {welcome ? (
        <p class="welcome-import">
          {t('welcome_import_question')}{' '}
          <button type="button" class="secondary" id="welcome-import" aria-controls="import" onClick={() => openImportArea(importArea.current)}>
            {t('welcome_import')}
          </button>
        </p>
      ) : null}
      <p id="set-status" class="muted" role="status">
        {status}
      </p>
      <ImportArea containerRef={importArea} replacing={replacing} onDone={() => setReplacing(undefined)} />
    </section>
  );
}

interface SetOptionProps {
  entry: SetEntry;
  checked: boolean;
  /** The employer's set (suggested, or enforced when `locked`). */
  preset: boolean;
  locked: boolean;
  describedBy: string;
  onChoose: (id: string) => void;
  onReplace: (set: GuidelineSet) => void;
  onRemove: (set: GuidelineSet) => Promise<void>;
}

function SetOption({ entry, checked, preset, locked, describedBy, onChoose, onReplace, onRemove }: SetOptionProps) {
  const { t, lang } = useI18n();
  const { set, origin } = entry;
  const inputId = `set-${set.id}`;
  const historyId = `set-${set.id}-history`;
  const history = set.mergedInto ? setHistory(set, lang, t) : undefined;
  return (
    <li class={checked ? 'selected' : ''} data-set={set.id} data-origin={origin}>
      <div class="choice">
        <input
          type="radio"
          name="setId"
          id={inputId}
          value={set.id}
          checked={checked}
          disabled={locked}
          aria-describedby={history ? `${describedBy} ${historyId}` : describedBy}
          onChange={() => onChoose(set.id)}
        />
        <label for={inputId}>
          <span class="set-name">{set.name}</span>{' '}
          <span class="muted">({t(set.country === 'SE' ? 'set_country_se' : 'set_country_no')})</span>
          {origin === 'imported' ? <span class="tag" data-tag="imported">{t('set_origin_imported')}</span> : null}
          {origin === 'managed' ? <span class="tag" data-tag="managed">{t('set_origin_managed')}</span> : null}
          {preset ? (
            <span class="tag" data-tag={locked ? 'locked' : 'preset'}>
              {t(locked ? 'managed_by_employer' : 'managed_set_preset')}
            </span>
          ) : null}
        </label>
      </div>
      {history ? (
        <p class="muted small set-history" id={historyId}>
          {history}
        </p>
      ) : null}
      {origin === 'imported' ? <ImportedActions set={set} onReplace={onReplace} onRemove={onRemove} /> : null}
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

/** A long date in the interface language, e.g. "1. januar 2020"; the ISO date where Intl cannot. */
function longDate(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}

/** "Adopted 7 January 2016 · Part of Aurskog-Høland kommune since 1 January 2020": for a municipality that has merged. */
function setHistory(set: GuidelineSet, lang: string, t: ReturnType<typeof useI18n>['t']): string | undefined {
  if (set.mergedInto === undefined) return undefined;
  const merged = t('set_merged', [set.mergedInto.name, longDate(set.mergedInto.date, lang)]);
  return set.adopted ? `${t('set_adopted', longDate(set.adopted, lang))} · ${merged}` : merged;
}

/**
 * Export, Replace and Remove for an imported set. A lock disables only the
 * radios: keeping imported files in order is not what the employer locks.
 */
function ImportedActions({ set, onReplace, onRemove }: { set: GuidelineSet; onReplace: (set: GuidelineSet) => void; onRemove: (set: GuidelineSet) => Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const questionId = `remove-${set.id}-question`;
  if (confirming) {
    return (
      <div class="confirm set-actions" role="group" aria-labelledby={questionId}>
        <p id={questionId}>{t('set_remove_question', set.name)}</p>
        <div class="row">
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to the question's first answer */}
          <button
            type="button"
            class="danger"
            data-action="remove-confirm"
            autoFocus
            onClick={() => {
              setConfirming(false);
              void onRemove(set);
            }}
          >
            {t('set_remove_yes')}
          </button>
          <button
            type="button"
            class="secondary"
            data-action="remove-cancel"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => removeButton.current?.focus());
            }}
          >
            {t('cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="row set-actions">
      <button type="button" class="secondary" data-action="export" aria-label={t('set_export_label', set.name)} onClick={() => downloadSet(set)}>
        {t('set_export')}
      </button>
      <button type="button" class="secondary" data-action="replace" aria-label={t('set_replace_label', set.name)} onClick={() => onReplace(set)}>
        {t('set_replace')}
      </button>
      <button type="button" class="danger" data-action="remove" ref={removeButton} aria-label={t('set_remove_label', set.name)} onClick={() => setConfirming(true)}>
        {t('set_remove')}
      </button>
    </div>
  );
}
