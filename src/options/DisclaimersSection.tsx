// The user's own private-capacity disclaimer per language. Typing saves after
// a short pause and on leaving the field, so "Saved" does not flicker per key.
// A language whose disclaimer the employer sets shows the employer's text,
// read-only and marked. An empty field shows what Varsom offers instead: the
// set's suggestion in that language, else the neutral one (as the engine does).
import { useEffect, useRef, useState } from 'preact/hooks';
import { NEUTRAL_DISCLAIMERS } from '../engine/disclaimer-text.ts';
import type { GuidelineSet, Lang } from '../engine/types.ts';
import { LANGS, LIMITS, saveSettings } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import type { RunSave } from './use-save-status.ts';

const SAVE_DELAY_MS = 500;

export interface DisclaimersSectionProps {
  /** The user's own texts (as stored). */
  disclaimers: Partial<Record<Lang, string>>;
  /** Languages the employer sets. */
  managed?: readonly Lang[];
  /** The texts in effect (the employer's for managed languages). */
  effective?: Partial<Record<Lang, string>>;
  /** The set in effect; null while none is chosen. */
  set: GuidelineSet | null;
  run: RunSave;
}

export function DisclaimersSection({ disclaimers, managed = [], effective = disclaimers, set, run }: DisclaimersSectionProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="disclaimers-heading" class="card" id="disclaimers-section">
      <h2 id="disclaimers-heading">{t('disclaimers_heading')}</h2>
      <p class="muted" id="disclaimers-help">
        {t('disclaimers_help')}
      </p>
      {LANGS.map((lang) =>
        managed.includes(lang) ? (
          <ManagedDisclaimer key={lang} lang={lang} text={effective[lang] ?? ''} />
        ) : (
          <DisclaimerField key={lang} lang={lang} value={disclaimers[lang] ?? ''} suggestion={set?.disclaimers[lang] ?? NEUTRAL_DISCLAIMERS[lang]} run={run} />
        ),
      )}
    </section>
  );
}

function DisclaimerField({ lang, value, suggestion, run }: { lang: Lang; value: string; suggestion: string; run: RunSave }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(value);

  // Follow changes made elsewhere, but never overwrite what the user is typing.
  useEffect(() => {
    saved.current = value;
    if (!focused.current) setDraft(value);
  }, [value]);

  const flush = (text: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (text.trim() === saved.current.trim()) return;
    saved.current = text.trim();
    void run(() => saveSettings({ disclaimers: { [lang]: text } }));
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  const id = `disclaimer-${lang}`;
  return (
    <div class="field">
      <label for={id}>{t(`lang_${lang}`)}</label>
      <textarea
        id={id}
        name={id}
        lang={lang}
        rows={2}
        maxLength={LIMITS.disclaimerLength}
        placeholder={suggestion}
        aria-describedby="disclaimers-help"
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLTextAreaElement).value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(text), SAVE_DELAY_MS);
        }}
        onBlur={(event) => {
          focused.current = false;
          flush((event.currentTarget as HTMLTextAreaElement).value);
        }}
      />
    </div>
  );
}

function ManagedDisclaimer({ lang, text }: { lang: Lang; text: string }) {
  const { t } = useI18n();
  const id = `disclaimer-${lang}`;
  return (
    <div class="field" data-managed="true">
      <label for={id}>
        {t(`lang_${lang}`)} <span class="tag">{t('managed_by_employer')}</span>
      </label>
      <textarea id={id} name={id} lang={lang} rows={2} value={text} readOnly disabled aria-describedby={`${id}-managed`} />
      <p class="muted small" id={`${id}-managed`}>
        {t('managed_disclaimer_help')}
      </p>
    </div>
  );
}
