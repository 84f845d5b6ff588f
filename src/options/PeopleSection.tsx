// People the user knows from work. Stored in storage.local only (the page
// says so), with a two-step "remove all" so one slip cannot empty the list.
import { useRef, useState } from 'preact/hooks';
import { clearPeopleFromWork, saveAlsoFriends, savePeopleFromWork } from '../settings/index.ts';
import { useI18n } from '../ui/i18n.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { RunSave } from './use-save-status.ts';

export interface PeopleSectionProps {
  people: readonly string[];
  /** Those of them marked "also a friend". */
  friends: readonly string[];
  onFriendsChange: (friends: string[]) => void;
  /** Shows a change at once, before storage confirms it. */
  onLocalChange: (people: string[]) => void;
  run: RunSave;
}

export function PeopleSection({ people, friends, onFriendsChange, onLocalChange, run }: PeopleSectionProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);

  const change = (next: string[]) => {
    onLocalChange(next);
    void run(() => savePeopleFromWork(next));
  };
  const markFriend = (person: string, friend: boolean) => {
    const next = friend ? [...friends.filter((f) => f !== person), person] : friends.filter((f) => f !== person);
    onFriendsChange(next);
    void run(() => saveAlsoFriends(next));
  };
  const clearAll = () => {
    setConfirming(false);
    onLocalChange([]);
    onFriendsChange([]);
    void run(() => clearPeopleFromWork());
  };
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => clearButton.current?.focus());
  };

  return (
    <section aria-labelledby="people-heading" class="card">
      <h2 id="people-heading">{t('people_heading')}</h2>
      <p class="muted" id="people-help">
        {t('people_help')}
      </p>
      <p class="privacy-note" id="people-privacy">
        {t('people_privacy')}
      </p>
      <ListEditor name="person" label={t('people_add_label')} items={people} describedBy="people-privacy" onChange={change} />
      {people.length > 0 ? (
        <fieldset class="friends" aria-describedby="friends-help">
          <legend>{t('people_friends_legend')}</legend>
          <p class="muted" id="friends-help">
            {t('people_friends_help')}
          </p>
          {people.map((person, i) => (
            <label key={person} class="check">
              <input
                type="checkbox"
                id={`friend-${i}`}
                data-person={person}
                checked={friends.includes(person)}
                onChange={(e) => markFriend(person, (e.currentTarget as HTMLInputElement).checked)}
              />
              {person}
            </label>
          ))}
        </fieldset>
      ) : null}
      {people.length > 0 && !confirming ? (
        <button type="button" class="danger" id="people-clear" ref={clearButton} onClick={() => setConfirming(true)}>
          {t('people_clear')}
        </button>
      ) : null}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="people-clear-question">
          <p id="people-clear-question">{t('people_clear_question')}</p>
          <div class="row">
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to the question's first answer */}
            <button type="button" class="danger" id="people-clear-confirm" autoFocus onClick={clearAll}>
              {t('people_clear_yes')}
            </button>
            <button type="button" class="secondary" id="people-clear-cancel" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
