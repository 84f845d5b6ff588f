// An add/remove list of short names, used for workplaces and for people from
// work. Enter or the Add button adds; each entry has its own Remove button
// whose accessible name says what it removes.
import { useRef } from 'preact/hooks';
import { LIMITS, normalizeEntry } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';

export interface ListEditorProps {
  /** Base of the stable ids and names: `${name}-input`, `${name}-add`, `${name}-list`. */
  name: string;
  label: string;
  items: readonly string[];
  describedBy?: string;
  onChange: (items: string[]) => void;
}

export function ListEditor({ name, label, items, describedBy, onChange }: ListEditorProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const full = items.length >= LIMITS.listEntries;

  const add = (event: Event) => {
    event.preventDefault();
    const field = input.current;
    if (!field) return;
    const entry = normalizeEntry(field.value);
    field.value = '';
    if (entry === '' || full) return;
    const known = items.some((item) => item.toLocaleLowerCase() === entry.toLocaleLowerCase());
    if (!known) onChange([...items, entry]);
  };

  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    // The removed button is gone: keep keyboard users in the same place.
    input.current?.focus();
  };

  return (
    <div class="list-editor">
      <form class="list-add" onSubmit={add}>
        <label for={`${name}-input`}>{label}</label>
        <div class="row">
          <input
            type="text"
            id={`${name}-input`}
            name={name}
            ref={input}
            maxLength={LIMITS.entryLength}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy}
            disabled={full}
          />
          <button type="submit" id={`${name}-add`} disabled={full}>
            {t('list_add')}
          </button>
        </div>
      </form>
      {full ? <p class="muted">{t('list_full')}</p> : null}
      {items.length === 0 ? (
        <p class="muted" id={`${name}-list`} data-empty="true">
          {t('list_empty')}
        </p>
      ) : (
        <ul class="entries" id={`${name}-list`}>
          {items.map((item, index) => (
            <li key={item} data-entry={item}>
              <span class="entry">{item}</span>
              <button type="button" class="secondary" data-action="remove" aria-label={t('list_remove', item)} onClick={() => remove(index)}>
                {t('list_remove_short')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
