// Which disclaimer text the "insert disclaimer" fix offers: the user's own in
// the draft's language first, then the guideline set's suggestion, then the
// closest language that has one.
import type { AnalysisContext, Lang } from '../types.ts';

const FALLBACKS: Record<Lang, readonly Lang[]> = {
  nb: ['nb', 'nn', 'sv', 'en'],
  nn: ['nn', 'nb', 'sv', 'en'],
  sv: ['sv', 'nb', 'nn', 'en'],
  en: ['en'],
};

export function disclaimerFor(lang: Lang, ctx: AnalysisContext): { text: string; lang: Lang } {
  for (const l of FALLBACKS[lang]) {
    const own = ctx.profile.disclaimers[l]?.trim();
    if (own) return { text: own, lang: l };
    const suggested = ctx.set.disclaimers[l]?.trim();
    if (suggested) return { text: suggested, lang: l };
  }
  return { text: ctx.set.disclaimers.en, lang: 'en' };
}
