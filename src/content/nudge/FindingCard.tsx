// One finding in the panel, compact: what Varsom noticed in one sentence, the
// cue words in the draft, and what the user can do. Why it matters (the full
// message) and the guideline point(s) it rests on, quoted in full and word for
// word, sit behind "What your guideline says": long quotes never push the next
// finding or the actions out of reach.
import type { Finding } from '../../engine/types.ts';
import { excerptPieces } from './excerpt.ts';
import { findingMessage, translatorFor, type Dictionary } from './translate.ts';

export interface FindingActions {
  /** `byPointer`: clicked with a mouse or a touch, not pressed from the keyboard. */
  fix(finding: Finding, byPointer: boolean): void;
  dismiss(finding: Finding): void;
  checklist(): void;
}

/** A click from a mouse or a touch counts its clicks (detail ≥ 1); one made by Enter or Space on the button does not (0). */
function isPointerClick(e: MouseEvent): boolean {
  return e.detail > 0;
}

interface Props {
  finding: Finding;
  text: string;
  setName: string;
  setLanguage: string;
  dictionary: Dictionary;
  busy: boolean;
  /**
   * The draft also has a confidentiality finding: a disclaimer does not cure
   * that, so it is not the primary action, and the card says so.
   */
  demoteDisclaimer: boolean;
  actions: FindingActions;
}

export function FindingCard({ finding, text, setName, setLanguage, dictionary, busy, demoteDisclaimer, actions }: Props) {
  const t = translatorFor(dictionary);
  const pieces = excerptPieces(text, finding.spans);
  const fix = finding.fix;
  const short = findingMessage(finding.message, dictionary, 'short');
  const full = findingMessage(finding.message, dictionary);
  const insertIsSecondary = fix?.type === 'insert' && demoteDisclaimer;
  return (
    <li class="finding" data-kind={finding.kind}>
      <h3>{t(`kind_${finding.kind}`)}</h3>
      <p class="message">{short}</p>
      {pieces.length > 0 && (
        <p class="excerpt" dir="auto">
          <span class="sr-only">{t('nudge_excerpt_label')} </span>
          {pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}
        </p>
      )}
      {insertIsSecondary && (
        <p class="caution" data-varsom="disclaimer-not-cure">
          {t('nudge_disclaimer_not_cure')}
        </p>
      )}
      <div class="actions">
        {fix?.type === 'insert' && (
          <button
            type="button"
            class={insertIsSecondary ? undefined : 'primary'}
            data-action="insert-disclaimer"
            aria-disabled={busy}
            onClick={(e) => !busy && actions.fix(finding, isPointerClick(e))}
          >
            {t('nudge_action_insert_disclaimer')}
          </button>
        )}
        {fix?.type === 'mask' && (
          <button type="button" class="primary" data-action="mask" aria-disabled={busy} onClick={(e) => !busy && actions.fix(finding, isPointerClick(e))}>
            {t('nudge_action_mask')}
          </button>
        )}
        <button type="button" data-action="dismiss" onClick={() => actions.dismiss(finding)}>
          {t('nudge_action_dismiss')}
        </button>
      </div>
      {(full !== short || finding.points.length > 0 || setName !== '') && (
      <details class="why" data-varsom="why">
        <summary>{t('nudge_show_point')}</summary>
        {full !== short && <p class="full-message">{full}</p>}
        {finding.points.length > 0 ? (
          finding.points.map((point) => (
            <figure class="quote" data-varsom="quote" data-point={point.id} key={point.id}>
              <blockquote lang={setLanguage || undefined}>{point.text}</blockquote>
              <figcaption>
                {t('nudge_point_source', [point.setName, point.number])}
                {point.heading ? ` · ${point.heading}` : ''}
              </figcaption>
            </figure>
          ))
        ) : setName !== '' ? (
          <p class="no-point" data-varsom="no-point">
            {t('nudge_no_point', setName)}
          </p>
        ) : null /* no set chosen: the panel says so once (ChooseSet), not on every card */}
      </details>
      )}
    </li>
  );
}
