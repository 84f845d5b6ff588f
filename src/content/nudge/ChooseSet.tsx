// Shown in the panel while no guideline set is chosen: the findings quote no
// municipality then, and this says why and offers the way to the choice. The
// worker opens the options page (runtime.openOptionsPage); the user's tab,
// and the post in it, stay where they are.
import { translatorFor, type Dictionary } from './translate.ts';

export function ChooseSet({ dictionary, onChoose }: { dictionary: Dictionary; onChoose?: () => void }) {
  const t = translatorFor(dictionary);
  return (
    <div class="choose-set" data-varsom="no-set" style={{ margin: '2px 0 8px' }}>
      <p>{t('nudge_no_set')}</p>
      <div class="actions">
        <button type="button" class="primary" data-varsom="choose-set" onClick={() => onChoose?.()}>
          {t('nudge_choose_set')}
        </button>
      </div>
    </div>
  );
}
