// One guideline point quoted verbatim, with its number and heading.
import type { GuidelinePoint, Lang } from '../engine/types.ts';
import { useI18n } from './i18n.tsx';

export function Quote({ point, lang }: { point: GuidelinePoint; lang: Lang }) {
  const { t } = useI18n();
  return (
    <figure class="quote" data-point={point.id}>
      <figcaption>
        <span class="quote-number">{t('checklist_point', point.number)}</span>
        {point.heading ? <span lang={lang}>{` · ${point.heading}`}</span> : null}
      </figcaption>
      <blockquote lang={lang}>{point.text}</blockquote>
    </figure>
  );
}
