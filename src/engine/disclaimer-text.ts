// Which disclaimer text the "insert disclaimer" fix offers. It follows the
// draft's language: the user's own text in that language, else the guideline
// set's suggestion in it, else a neutral sentence in it that names the
// employer only as "my employer". A Swedish post under a Norwegian set thus
// gets a Swedish disclaimer, never a Norwegian one it would have to translate.
import type { AnalysisContext, Lang } from './types.ts';

/**
 * Neutral disclaimers, one per language: no municipality named. Each contains
 * phrases the disclaimer list (words/disclaimer.json) recognises, so a
 * draft with one inserted is no longer flagged.
 */
export const NEUTRAL_DISCLAIMERS: Readonly<Record<Lang, string>> = Object.freeze({
  nb: 'Dette skriver jeg som privatperson. Synspunktene er mine egne, ikke arbeidsgiverens.',
  nn: 'Dette skriv eg som privatperson. Synspunkta er mine eigne, ikkje arbeidsgjevaren sine.',
  sv: 'Jag skriver som privatperson. Åsikterna är mina egna, inte min arbetsgivares.',
  en: "I am writing as a private person. The views are my own, not my employer's.",
});

export function disclaimerFor(lang: Lang, ctx: AnalysisContext): { text: string; lang: Lang } {
  const own = ctx.profile.disclaimers[lang]?.trim();
  if (own) return { text: own, lang };
  const suggested = ctx.set.disclaimers[lang]?.trim();
  if (suggested) return { text: suggested, lang };
  return { text: NEUTRAL_DISCLAIMERS[lang], lang };
}
