// The selected set's checklist. The nudge's "open checklist" action links to
// options/index.html#checklist, so this section takes focus when the page
// opens at that anchor (the browser's own jump happens before the async render).
import { useEffect, useRef } from 'preact/hooks';
import type { GuidelineSet } from '../engine/types.ts';
import { Checklist } from '../ui/Checklist.tsx';
import { useI18n } from '../ui/i18n.tsx';
import { CHECKLIST_ANCHOR } from '../shared/pages.ts';

export function ChecklistSection({ set }: { set: GuidelineSet }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const reveal = () => {
      if (location.hash !== `#${CHECKLIST_ANCHOR}`) return;
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);

  return (
    <section id={CHECKLIST_ANCHOR} aria-labelledby="checklist-heading" class="card">
      <h2 id="checklist-heading" tabIndex={-1} ref={heading}>
        {t('checklist_heading')}
      </h2>
      <p class="muted">
        <span lang={set.language}>{set.name}</span>. {t('checklist_intro')}
      </p>
      <Checklist set={set} />
    </section>
  );
}
