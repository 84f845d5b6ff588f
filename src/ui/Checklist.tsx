// The set's checklist for private use: each point short, the verbatim quote
// with its number on demand. Quotes are rendered as text, in the set's
// language (lang attribute) so screen readers pronounce them right.
import type { GuidelineSet } from '../engine/types.ts';
import { useI18n } from './i18n.tsx';
import { checklistPoints, shortLine } from './sets.ts';
import { Quote } from './Quote.tsx';

export function Checklist({ set }: { set: GuidelineSet }) {
  const { t } = useI18n();
  const points = checklistPoints(set);
  if (points.length === 0) return <p class="muted">{t('checklist_empty')}</p>;
  return (
    <ol class="checklist" data-set={set.id}>
      {points.map((point) => (
        <li key={point.id} data-point={point.id}>
          <details>
            <summary lang={set.language}>{shortLine(point)}</summary>
            <Quote point={point} lang={set.language} />
          </details>
        </li>
      ))}
    </ol>
  );
}
