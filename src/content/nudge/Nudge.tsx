// The nudge inside its shadow root: a small badge by the compose box and,
// when opened, a panel listing the findings. Not a dialog: no focus trap, no
// modality, no sound. The badge is only there when there is something to say.
import type { Finding, FindingKind } from '../../engine/types.ts';
import { ChooseSet } from './ChooseSet.tsx';
import { FindingCard, type FindingActions } from './FindingCard.tsx';
import { KindIcon } from './KindIcon.tsx';
import type { NudgeLayout } from './layout.ts';
import { bySeverity, kindsBySeverity, mostSevere } from './severity.ts';
import { translatorFor, type Dictionary } from './translate.ts';

export const PANEL_ID = 'varsom-panel';

export interface NudgeView {
  /** The findings to show (dismissed ones already left out). */
  findings: readonly Finding[];
  /** The draft text the findings refer to (for the excerpts). */
  text: string;
  setName: string;
  /** No guideline set is chosen yet: the panel offers the choice (and the findings quote nothing). */
  noSet?: boolean;
  /** Language of the set's text (quotes are marked up with it for screen readers). */
  setLanguage: string;
  /** The findings belong to the current text (no analysis pending). */
  ready: boolean;
  open: boolean;
  /** A fix is being applied. */
  busy: boolean;
  /** A sentence about the last action (e.g. what to paste where). */
  status?: string;
  /** The polite live-region text. */
  announcement: string;
  layout: NudgeLayout;
  dictionary: Dictionary;
}

export interface NudgeActions extends FindingActions {
  toggle(): void;
  /** Closes the panel and returns focus to the compose box. */
  close(): void;
  /** Opens the choice of guideline set (shown while none is chosen). */
  chooseSet?(): void;
}

export function sortedKinds(findings: readonly Finding[]): string {
  return [...new Set<FindingKind>(findings.map((f) => f.kind))].sort().join(' ');
}

export function Nudge({ view, actions }: { view: NudgeView; actions: NudgeActions }) {
  const t = translatorFor(view.dictionary);
  const count = view.findings.length;
  const { panel } = view.layout;
  // Most severe first; the badge wears the most severe kind's colour and icon.
  const findings = bySeverity(view.findings);
  const top = mostSevere(findings);
  const hasConfidential = top === 'confidential';
  const kindNames = kindsBySeverity(findings).map((kind) => t(`kind_${kind}`)).join(' · ');
  const onPanelKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.close();
    }
  };
  return (
    <div class="nudge">
      <div class="sr-only" role="status" aria-live="polite">
        {view.announcement}
      </div>
      {count > 0 && (
        <button
          type="button"
          class="badge"
          data-varsom="badge"
          data-kinds={sortedKinds(view.findings)}
          data-severity={top}
          data-state={view.ready ? 'ready' : 'pending'}
          title={t('nudge_badge_title', kindNames)}
          aria-label={t(count === 1 ? 'nudge_badge_label_one' : 'nudge_badge_label_other', count)}
          aria-expanded={view.open}
          aria-controls={PANEL_ID}
          onClick={actions.toggle}
        >
          {top && <KindIcon kind={top} />}
          <span aria-hidden="true">{count}</span>
        </button>
      )}
      {view.open && (
        <div
          id={PANEL_ID}
          class="panel"
          data-varsom="panel"
          role="region"
          aria-label={t('nudge_panel_title')}
          tabIndex={-1}
          onKeyDown={onPanelKey}
          style={{
            top: panel.top !== undefined ? `${panel.top}px` : 'auto',
            bottom: panel.bottom !== undefined ? `${panel.bottom}px` : 'auto',
            left: `${panel.left}px`,
            width: `${panel.width}px`,
            maxHeight: `${panel.maxHeight}px`,
          }}
        >
          <div class="head">
            <h2>{t('nudge_panel_title')}</h2>
            <button type="button" class="close" aria-label={t('nudge_close')} onClick={actions.close}>
              ×
            </button>
          </div>
          {view.noSet && <ChooseSet dictionary={view.dictionary} onChoose={actions.chooseSet} />}
          {count === 0 ? (
            <p>{t('nudge_none')}</p>
          ) : (
            <ul>
              {findings.map((finding, i) => (
                <FindingCard
                  key={`${finding.kind}-${finding.message.key}-${i}`}
                  finding={finding}
                  demoteDisclaimer={hasConfidential}
                  text={view.text}
                  setName={view.setName}
                  setLanguage={view.setLanguage}
                  dictionary={view.dictionary}
                  busy={view.busy}
                  actions={actions}
                />
              ))}
            </ul>
          )}
          {view.status && (
            <p class="status" role="status">
              {view.status}
            </p>
          )}
          <div class="foot">
            {/* Once for the panel, not on every card: the checklist is the whole guideline's. */}
            <button type="button" class="link" data-action="checklist" onClick={() => actions.checklist()}>
              {t('nudge_action_checklist')}
            </button>
            <p>{t('nudge_footer')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
