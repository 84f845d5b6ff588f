// Importing a guideline set file: choose a .json file or paste its text, then
// Import. Every problem is listed with its path and reason (the schema's
// words, for whoever made the file); a refused file changes nothing. A file
// with the id of a set imported before asks before it replaces that set.
// Set texts are only ever rendered as text. Most employees never import a
// file, so the area is folded away (a <details>) until opened: by its own
// summary, the welcome's "import" choice, or an imported set's Replace.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { GuidelineSet } from '../engine/types.ts';
import { MAX_SET_BYTES, type ValidationError } from '../guidelines/schema.ts';
import { importSet, tooLargeError } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';

export interface ImportAreaProps {
  containerRef?: RefObject<HTMLDetailsElement | null>;
  /** The imported set whose Replace button was pressed, if any. */
  replacing?: GuidelineSet;
  /** After a successful import. */
  onDone?: () => void;
}

export function ImportArea({ containerRef, replacing, onDone }: ImportAreaProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [status, setStatus] = useState('');
  const [existing, setExisting] = useState<{ id: string; name: string }>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  /** The chosen file's text while (and after) it is read; null when the text area is the source. */
  const fileText = useRef<Promise<string> | null>(null);
  /** What the pending "replace?" question is about. */
  const pending = useRef('');

  const clearResult = () => {
    setErrors([]);
    setStatus('');
    setExisting(undefined);
  };

  const onFile = () => {
    clearResult();
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      fileText.current = null;
      return;
    }
    // Refused before reading: a huge file is never loaded into the page.
    if (file.size > MAX_SET_BYTES) {
      fileText.current = null;
      if (fileInput.current) fileInput.current.value = '';
      setErrors([tooLargeError(file.size)]);
      return;
    }
    const reading = file.text();
    fileText.current = reading;
    reading.then(
      (content) => {
        if (fileText.current === reading) setText(content);
      },
      () => {
        if (fileText.current === reading) setErrors([{ path: '', reason: 'the file could not be read' }]);
      },
    );
  };

  const submit = async (source: string, replace: boolean) => {
    setBusy(true);
    clearResult();
    try {
      const result = await importSet(source, { replace });
      if (result.ok) {
        setStatus(t(result.replaced ? 'import_replaced' : 'import_done', result.set.name));
        setText('');
        fileText.current = null;
        pending.current = '';
        if (fileInput.current) fileInput.current.value = '';
        onDone?.();
      } else if (result.existing !== undefined && !replace) {
        pending.current = source;
        setExisting(result.existing);
      } else {
        setErrors(result.errors);
      }
    } catch {
      setErrors([{ path: '', reason: 'could not be stored' }]);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // The field itself: a paste right before the click may not have re-rendered yet.
    let source = textArea.current?.value ?? text;
    if (fileText.current !== null) {
      try {
        source = await fileText.current;
      } catch {
        setErrors([{ path: '', reason: 'the file could not be read' }]);
        return;
      }
    }
    await submit(source, false);
  };

  return (
    <details class="import" id="import" ref={containerRef}>
      <summary>
        <span id="import-heading">{t('import_heading')}</span>
      </summary>
      <p class="muted" id="import-help">
        {t('import_help')}
      </p>
      {replacing ? (
        <p class="notice-inline" id="import-replacing" data-set={replacing.id}>
          {t('set_replace_hint', replacing.name)}
        </p>
      ) : null}
      <form id="import-form" aria-labelledby="import-heading" onSubmit={(event) => void onSubmit(event)}>
        <div class="field">
          <label for="import-file">{t('import_file_label')}</label>
          <input type="file" id="import-file" name="import-file" accept=".json,application/json" ref={fileInput} onChange={onFile} aria-describedby="import-help" />
        </div>
        <div class="field">
          <label for="import-text">{t('import_text_label')}</label>
          <textarea
            id="import-text"
            name="import-text"
            rows={6}
            spellcheck={false}
            autocomplete="off"
            class="code"
            ref={textArea}
            value={text}
            onInput={(event) => {
              fileText.current = null;
              if (fileInput.current) fileInput.current.value = '';
              setText((event.currentTarget as HTMLTextAreaElement).value);
            }}
          />
        </div>
        <button type="submit" id="import-submit" disabled={busy}>
          {t('import_submit')}
        </button>
      </form>
      {existing ? (
        <div class="confirm" id="import-confirm" role="group" aria-labelledby="import-confirm-question">
          <p id="import-confirm-question">{t('import_confirm_question', [existing.id, existing.name])}</p>
          <div class="row">
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to the question's first answer */}
            <button type="button" class="danger" id="import-replace" autoFocus disabled={busy} onClick={() => void submit(pending.current, true)}>
              {t('import_confirm_yes')}
            </button>
            <button
              type="button"
              class="secondary"
              id="import-cancel"
              onClick={() => {
                setExisting(undefined);
                pending.current = '';
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <div class="import-errors" role="alert">
          <p id="import-errors-heading">{t('import_errors_heading', errors.length)}</p>
          <ul id="import-errors" aria-labelledby="import-errors-heading">
            {errors.map((error, index) => (
              <li key={index} data-path={error.path}>
                <code>{error.path === '' ? t('import_error_top') : error.path}</code>
                {': '}
                <span lang="en">{error.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p id="import-status" class="import-status" role="status" aria-live="polite">
        {status}
      </p>
    </details>
  );
}

/** Unfolds the import area and puts focus on its file field (the welcome's second choice, and Replace). */
export function openImportArea(area: HTMLDetailsElement | null): void {
  if (area === null) return;
  area.open = true;
  requestAnimationFrame(() => {
    area.scrollIntoView?.({ block: 'start' });
    area.querySelector<HTMLInputElement>('#import-file')?.focus();
  });
}
